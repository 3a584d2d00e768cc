import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LOCAL_NEO4J_PASSWORD, loadConfig } from "../../src/config";
import { NEO4J_PASSWORD_FILE, resolveNeo4jPassword } from "../../src/db/neo4j-password";

describe("resolveNeo4jPassword", () => {
  const dirs: string[] = [];
  const tempClone = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-password-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it("generates a password for a new embedded data folder, keeps it owner-only and reuses it", () => {
    const config = loadConfig({}, tempClone());
    const first = resolveNeo4jPassword(config);
    expect(first).toMatchObject({ source: "state", generated: true, upgraded: false });
    expect(first.password).not.toBe(LOCAL_NEO4J_PASSWORD);
    expect(first.password.length).toBeGreaterThanOrEqual(32);
    const file = path.join(config.stateDir, NEO4J_PASSWORD_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveNeo4jPassword(config)).toEqual({ ...first, generated: false });
  });

  it("keeps the old constant for a data folder set up before generated passwords, and writes it down", () => {
    const config = loadConfig({}, tempClone());
    fs.mkdirSync(path.join(config.local.homeDir, "data", "databases"), { recursive: true });
    const upgraded = resolveNeo4jPassword(config);
    expect(upgraded).toEqual({ password: LOCAL_NEO4J_PASSWORD, source: "state", generated: false, upgraded: true });
    expect(fs.readFileSync(path.join(config.stateDir, NEO4J_PASSWORD_FILE), "utf8").trim()).toBe(LOCAL_NEO4J_PASSWORD);
    // The next start reads the file: no longer an upgrade.
    expect(resolveNeo4jPassword(config)).toMatchObject({ password: LOCAL_NEO4J_PASSWORD, upgraded: false });
  });

  it("takes NEO4J_PASSWORD when it is set and writes nothing", () => {
    const config = loadConfig({ NEO4J_PASSWORD: "chosen-password" }, tempClone());
    expect(resolveNeo4jPassword(config)).toMatchObject({ password: "chosen-password", source: "environment" });
    expect(fs.existsSync(config.stateDir)).toBe(false);
  });

  it("uses the docker compose default for an outside Neo4j without NEO4J_PASSWORD", () => {
    const config = loadConfig({ NEO4J_URI: "bolt://db:7687" }, tempClone());
    expect(resolveNeo4jPassword(config)).toMatchObject({ password: LOCAL_NEO4J_PASSWORD, source: "legacy" });
    expect(fs.existsSync(config.stateDir)).toBe(false);
  });
});
