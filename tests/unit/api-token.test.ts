import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { API_TOKEN_FILE, bearerMatches, resolveApiToken } from "../../src/auth/api-token";

describe("resolveApiToken", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-token-"));
    dirs.push(dir);
    return path.join(dir, "state");
  };
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it("generates a token on the first start, keeps it readable by its owner only, and reuses it", () => {
    const stateDir = tempDir();
    const first = resolveApiToken(undefined, stateDir);
    expect(first).toMatchObject({ source: "state", generated: true });
    expect(first.token.length).toBeGreaterThanOrEqual(32);
    const file = path.join(stateDir, API_TOKEN_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveApiToken(undefined, stateDir)).toEqual({ token: first.token, source: "state", generated: false });
  });

  it("takes API_TOKEN when it is set and writes nothing", () => {
    const stateDir = tempDir();
    expect(resolveApiToken("configured-token-123456", stateDir)).toEqual({
      token: "configured-token-123456",
      source: "environment",
      generated: false,
    });
    expect(fs.existsSync(stateDir)).toBe(false);
  });
});

describe("bearerMatches", () => {
  const token = "s3cret-token-0123456789";
  it.each([
    [`Bearer ${token}`, true],
    [`bearer ${token}`, true],
    [`Bearer ${token} `, true],
    [`Bearer ${token}x`, false],
    [`Bearer ${token.slice(0, -1)}`, false],
    [token, false],
    [`Basic ${token}`, false],
    ["Bearer ", false],
    ["", false],
    [undefined, false],
  ])("%p -> %p", (header, expected) => {
    expect(bearerMatches(header, token)).toBe(expected);
  });

  it("never matches when no token is configured", () => {
    expect(bearerMatches("Bearer anything-at-all-here", undefined)).toBe(false);
  });
});
