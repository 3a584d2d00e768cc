import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const API_TOKEN_FILE = "api-token";

export interface ApiToken {
  token: string;
  /** Where it came from: the API_TOKEN variable, or the file in the state folder. */
  source: "environment" | "state";
  /** True when this start generated it. */
  generated: boolean;
}

/**
 * The token mutations require: API_TOKEN when it is set; otherwise the one kept in
 * STATE_DIR/api-token (readable by its owner only), generated on the first start.
 */
export function resolveApiToken(configured: string | undefined, stateDir: string): ApiToken {
  if (configured) return { token: configured, source: "environment", generated: false };
  const file = path.join(stateDir, API_TOKEN_FILE);
  if (fs.existsSync(file)) {
    const token = fs.readFileSync(file, "utf8").trim();
    if (token.length >= 16) return { token, source: "state", generated: false };
  }
  const token = randomBytes(24).toString("base64url");
  fs.mkdirSync(stateDir, { recursive: true });
  fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return { token, source: "state", generated: true };
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

/**
 * Whether an Authorization header carries the expected bearer token. Compares digests in constant
 * time, so neither the token's content nor its length leaks through timing. No expected token: false.
 */
export function bearerMatches(authorization: string | undefined, expected: string | undefined): boolean {
  if (!expected || !authorization) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(expected));
}
