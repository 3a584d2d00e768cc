import path from "node:path";
import { ConfigError, DEFAULT_OPERATION_LIMITS, loadConfig } from "../../src/config";

const cwd = path.resolve("/tmp/film-graph-config-test");

function errorOf(env: NodeJS.ProcessEnv): Error {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected loadConfig to throw");
}

describe("loadConfig", () => {
  it("has defaults for an empty environment", () => {
    const config = loadConfig({}, cwd);
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.env).toBe("development");
    expect(config.neo4j.username).toBe("neo4j");
    // Unset: the embedded Neo4j's generated one (src/db/neo4j-password.ts).
    expect(config.neo4j.password).toBeUndefined();
    expect(config.neo4j.readTimeoutMs).toBe(5000);
    expect(config.neo4j.writeTimeoutMs).toBe(30_000);
    expect(config.limits).toEqual(DEFAULT_OPERATION_LIMITS);
    expect(config.introspection).toBe(true);
    expect(config.neo4j.database).toBe("neo4j");
    expect(config.externalUri).toBeUndefined();
    expect(config.local.boltPort).toBe(7687);
    expect(config.local.httpPort).toBe(7474);
    expect(config.seed).toBe(true);
    expect(config.apiToken).toBeUndefined();
  });

  it("takes limits, timeouts and introspection from the environment", () => {
    const config = loadConfig(
      { LIMIT_DEPTH: "8", LIMIT_COST: "5000", LIMIT_STATEMENTS_PER_REQUEST: "2", NEO4J_READ_TIMEOUT_MS: "1500", INTROSPECTION: "false" },
      cwd,
    );
    expect(config.limits).toMatchObject({ depth: 8, cost: 5000, concurrentStatements: 2 });
    expect(config.neo4j.readTimeoutMs).toBe(1500);
    expect(config.introspection).toBe(false);
  });

  it("takes an API token of at least 16 characters", () => {
    expect(loadConfig({ API_TOKEN: "a-token-of-16-ch" }, cwd).apiToken).toBe("a-token-of-16-ch");
  });

  it("takes overrides", () => {
    const config = loadConfig(
      { PORT: "5001", SEED: "false", NEO4J_URI: "neo4j+s://db.example.com", NEO4J_PASSWORD: "longenough" },
      cwd,
    );
    expect(config.port).toBe(5001);
    expect(config.seed).toBe(false);
    expect(config.externalUri).toBe("neo4j+s://db.example.com");
    expect(config.neo4j.password).toBe("longenough");
  });

  it.each([
    [{ PORT: "abc" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ NEO4J_URI: "http://x" }, "NEO4J_URI"],
    [{ NEO4J_PASSWORD: "short" }, "NEO4J_PASSWORD"],
    [{ SEED: "maybe" }, "SEED"],
    [{ API_TOKEN: "too-short" }, "API_TOKEN"],
    [{ LIMIT_DEPTH: "0" }, "LIMIT_DEPTH"],
    [{ LIMIT_COST: "lots" }, "LIMIT_COST"],
    [{ NEO4J_READ_TIMEOUT_MS: "-1" }, "NEO4J_READ_TIMEOUT_MS"],
  ])("rejects %p with a ConfigError naming %s", (env, name) => {
    const error = errorOf(env);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(name);
  });

  it("resolves the state and home dirs against cwd", () => {
    const defaults = loadConfig({}, cwd);
    expect(defaults.stateDir).toBe(path.join(cwd, ".local"));
    expect(defaults.local.homeDir).toBe(path.join(cwd, ".local", "neo4j"));

    const config = loadConfig({ STATE_DIR: "state", NEO4J_CACHE_DIR: "cache" }, cwd);
    expect(config.stateDir).toBe(path.join(cwd, "state"));
    expect(config.local.homeDir).toBe(path.join(cwd, "state", "neo4j"));
    expect(config.local.cacheDir).toBe(path.join(cwd, "cache"));
  });

  it("keeps an absolute STATE_DIR and puts the cache under HOME by default", () => {
    const config = loadConfig({ STATE_DIR: "/srv/state", HOME: "/home/critic" }, cwd);
    expect(config.stateDir).toBe("/srv/state");
    expect(config.local.homeDir).toBe("/srv/state/neo4j");
    expect(config.local.cacheDir).toBe("/home/critic/.cache/film-graph");
  });
});
