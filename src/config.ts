import path from "node:path";
import { z } from "zod";

/**
 * The password of earlier releases' embedded Neo4j, and still the default of docker-compose.yml and
 * of an outside Neo4j without NEO4J_PASSWORD (src/db/neo4j-password.ts).
 */
export const LOCAL_NEO4J_PASSWORD = "film-graph-local";

/** What one GraphQL request may ask for; every value is documented in docs/limits.md. */
export interface OperationLimits {
  /** Deepest field nesting of an operation (fragments do not add levels; introspection is not counted). */
  depth: number;
  /** Aliased fields per operation. */
  aliases: number;
  /** Lexical tokens of the request document. */
  tokens: number;
  /** Directives per operation. */
  directives: number;
  /** Estimated cost: every field 1, times the list size of each list it sits in (src/graphql/limits/cost.ts). */
  cost: number;
  /** The size assumed for a list field without `first` (cast, themes, roles ...). */
  assumedListSize: number;
  /** Cypher transactions one request may have open at the same time. */
  concurrentStatements: number;
}

/**
 * Defaults a film site never reaches (the contract and README operations stay far below) and a
 * hostile query always does (docs/limits.md gives the figures).
 */
export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  depth: 12,
  aliases: 30,
  tokens: 2000,
  directives: 20,
  cost: 100_000,
  assumedListSize: 20,
  concurrentStatements: 4,
};

const port = z.coerce.number().int().min(0).max(65535);
const positive = z.coerce.number().int().min(1);
const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/**
 * Every environment variable the project reads, in one place. The README's configuration
 * table and docker-compose.yml are checked against these names by tests.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEO4J_URI: z.string().regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI").optional(),
  NEO4J_USERNAME: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().min(8, "must be at least 8 characters (Neo4j's minimum)").optional(),
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
  NEO4J_READ_TIMEOUT_MS: positive.default(5000),
  NEO4J_WRITE_TIMEOUT_MS: positive.default(30_000),
  LIMIT_DEPTH: positive.default(DEFAULT_OPERATION_LIMITS.depth),
  LIMIT_ALIASES: positive.default(DEFAULT_OPERATION_LIMITS.aliases),
  LIMIT_TOKENS: positive.default(DEFAULT_OPERATION_LIMITS.tokens),
  LIMIT_DIRECTIVES: positive.default(DEFAULT_OPERATION_LIMITS.directives),
  LIMIT_COST: positive.default(DEFAULT_OPERATION_LIMITS.cost),
  LIMIT_LIST_SIZE: positive.default(DEFAULT_OPERATION_LIMITS.assumedListSize),
  LIMIT_STATEMENTS_PER_REQUEST: positive.default(DEFAULT_OPERATION_LIMITS.concurrentStatements),
  INTROSPECTION: flag.default(true),
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
    /** NEO4J_PASSWORD; unset: see resolveNeo4jPassword (src/db/neo4j-password.ts). */
    password?: string;
    database: string;
    retryMs: number;
    /** Transaction timeout of reads (ms): Neo4j stops a read transaction that runs longer. */
    readTimeoutMs: number;
    /** Transaction timeout of writes and imports (ms). */
    writeTimeoutMs: number;
  };
  /** Operation limits checked before a GraphQL operation runs (docs/limits.md). */
  limits: OperationLimits;
  /** Whether the schema can be introspected (the explorer needs it). */
  introspection: boolean;
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
      readTimeoutMs: e.NEO4J_READ_TIMEOUT_MS,
      writeTimeoutMs: e.NEO4J_WRITE_TIMEOUT_MS,
    },
    limits: {
      depth: e.LIMIT_DEPTH,
      aliases: e.LIMIT_ALIASES,
      tokens: e.LIMIT_TOKENS,
      directives: e.LIMIT_DIRECTIVES,
      cost: e.LIMIT_COST,
      assumedListSize: e.LIMIT_LIST_SIZE,
      concurrentStatements: e.LIMIT_STATEMENTS_PER_REQUEST,
    },
    introspection: e.INTROSPECTION,
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
