import path from "node:path";
import { z } from "zod";

/** The documented default password of the embedded local Neo4j (README: Configuration). */
export const LOCAL_NEO4J_PASSWORD = "film-graph-local";

const port = z.coerce.number().int().min(0).max(65535);
const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/**
 * Every environment variable the project reads, in one place. The README's configuration
 * table and docker-compose.yml are checked against these names by tests.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("0.0.0.0"),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI").optional(),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").default(LOCAL_NEO4J_PASSWORD),
  NEO4J_DATABASE: z.string().min(1).default("neo4j"),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, "must look like 512m or 2g").default("1g"),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mg]$/, "must look like 512m or 2g").default("512m"),
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).default(3000),
  STATE_DIR: z.string().min(1).default(".local"),
  NEO4J_CACHE_DIR: z.string().min(1).optional(),
  SEED: flag.default(true),
  API_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
});

export type Env = z.infer<typeof configSchema>;

export interface Config {
  env: Env["NODE_ENV"];
  host: string;
  port: number;
  logLevel: Env["LOG_LEVEL"];
  /** Set when the project connects to an outside Neo4j instead of starting its own. */
  externalUri?: string;
  neo4j: {
    username: string;
    password: string;
    database: string;
    retryMs: number;
  };
  local: {
    boltPort: number;
    httpPort: number;
    heap: string;
    pageCache: string;
    /** Data, logs and conf of the embedded Neo4j (git-ignored). */
    homeDir: string;
    /** Where the resolved classpath is cached, outside the clone. */
    cacheDir: string;
  };
  stateDir: string;
  seed: boolean;
  /** The token mutations require; unset: `serve` generates one and keeps it in STATE_DIR/api-token. */
  apiToken?: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // An empty variable (PORT=) means "not set", as in most tools, not port 0.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const parsed = configSchema.safeParse(set);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ");
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const stateDir = path.resolve(cwd, e.STATE_DIR);
  const home = env.HOME ?? env.USERPROFILE ?? stateDir;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    externalUri: e.NEO4J_URI,
    neo4j: {
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      retryMs: e.NEO4J_RETRY_MS,
    },
    local: {
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      homeDir: path.join(stateDir, "neo4j"),
      cacheDir: path.resolve(cwd, e.NEO4J_CACHE_DIR ?? path.join(home, ".cache", "film-graph")),
    },
    stateDir,
    seed: e.SEED,
    apiToken: e.API_TOKEN,
  };
}
