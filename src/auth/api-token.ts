import { createHash, timingSafeEqual } from "node:crypto";
import { resolveKeptSecret } from "./kept-secret";

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
  const { value, source, generated } = resolveKeptSecret({ configured, stateDir, file: API_TOKEN_FILE, minLength: 16 });
  return { token: value, source, generated };
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
