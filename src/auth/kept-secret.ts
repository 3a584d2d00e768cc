import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface KeptSecret {
  value: string;
  /** Where it came from: the environment variable, or the file in the state folder. */
  source: "environment" | "state";
  /** True when this call generated it (and wrote the file). */
  generated: boolean;
}

export interface KeptSecretOptions {
  /** The value of the environment variable that overrides the file, when set. */
  configured: string | undefined;
  stateDir: string;
  /** The file's name inside `stateDir`. */
  file: string;
  /** A file holding fewer characters is ignored (and replaced). */
  minLength: number;
  /** What to keep when the file is missing; default: 24 random bytes as base64url (32 characters). */
  initial?: () => string;
}

/** Writes `value` to STATE_DIR/file, readable by its owner only (0600). */
export function writeKeptSecret(stateDir: string, file: string, value: string): void {
  const full = path.join(stateDir, file);
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(full, `${value}\n`, { mode: 0o600 });
  fs.chmodSync(full, 0o600);
}

/**
 * A secret of this installation: the configured value when there is one; otherwise the one kept
 * in STATE_DIR/<file> (owner-only), created on the first call. Used for the API token and the
 * embedded Neo4j's password.
 */
export function resolveKeptSecret(o: KeptSecretOptions): KeptSecret {
  if (o.configured) return { value: o.configured, source: "environment", generated: false };
  const full = path.join(o.stateDir, o.file);
  if (fs.existsSync(full)) {
    const value = fs.readFileSync(full, "utf8").trim();
    if (value.length >= o.minLength) return { value, source: "state", generated: false };
  }
  const value = o.initial?.() ?? randomBytes(24).toString("base64url");
  writeKeptSecret(o.stateDir, o.file, value);
  return { value, source: "state", generated: true };
}
