import path from "node:path";
import { API_TOKEN_FILE, resolveApiToken } from "./auth/api-token";
import type { Config } from "./config";
import { applyMigrations } from "./db/migrations";
import { openDatabase } from "./db/open-database";
import { warmPlans } from "./graphql/plan-warmup";
import { warmAnalyzer } from "./ingest/warm-analyzer";
import { startServer } from "./graphql/server";
import type { ReviewAnalyzer } from "./ingest/review-analyzer";
import { withElapsedTicker } from "./cli/elapsed-ticker";
import { createLogger } from "./logger";
import { loadSeed } from "./seed/load-seed";

/** How long an orderly stop may take before the process kills its Neo4j and exits (within the 30 s supervisors allow). */
const STOP_BUDGET_MS = 25_000;

/** Composition only: config -> database -> migrations -> seed -> plan warm-up beside the server, and an orderly stop. */
export async function serve(config: Config, analyzer: ReviewAnalyzer): Promise<void> {
  const logger = createLogger(config.logLevel);
  const log = (message: string) => logger.info(message);

  const apiToken = resolveApiToken(config.apiToken, config.stateDir);
  // The embedded Neo4j takes 12-60 s to start and a few to stop: say that it is still going.
  const database = config.externalUri
    ? await openDatabase(config, log)
    : await withElapsedTicker("Starting the embedded Neo4j", log, () => openDatabase(config, log));
  const closeDatabase = () =>
    database.embedded?.startedHere ? withElapsedTicker("Stopping the embedded Neo4j", log, () => database.close()) : database.close();
  let stopping = false;
  /**
   * The orderly stop: the HTTP server stops accepting and lets in-flight requests finish (Apollo's
   * drain, up to 10 s), then the driver and the Neo4j this process started stop. Repeated signals
   * (a terminal's Ctrl-C reaches npm and node, and npm forwards it once more) do not cut it short;
   * past STOP_BUDGET_MS the Neo4j is killed and the process exits anyway.
   */
  const stop = (reason: string, exitCode: number) => {
    if (stopping) return logger.info(`${reason}: already stopping`);
    stopping = true;
    logger.info(`${reason}: stopping`);
    setTimeout(() => {
      logger.error(`the stop took longer than ${STOP_BUDGET_MS / 1000} s: killing the database and exiting`);
      database.embedded?.kill();
      process.exit(1);
    }, STOP_BUDGET_MS).unref();
    void (async () => {
      await server?.close().catch((error) => logger.error({ err: error }, "stopping the server"));
      await closeDatabase().catch((error) => logger.error({ err: error }, "stopping the database"));
      process.exit(exitCode);
    })();
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => stop(signal, 0));
  // A crash stops in order too where it can; where it cannot (killed, out of memory) the Neo4j
  // watchdog (src/db/embedded/neo4j-watchdog.ts) stops the database.
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception");
    stop("uncaught exception", 1);
  });
  process.on("unhandledRejection", (error) => {
    logger.fatal({ err: error }, "unhandled promise rejection");
    stop("unhandled promise rejection", 1);
  });

  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const applied = await applyMigrations(database.db);
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Schema is up to date.");
    if (config.seed) {
      const seeded = await loadSeed(database.db, analyzer);
      log(`Seed loaded: ${seeded.films} film(s), ${seeded.reviews} review(s), ${seeded.themes} themes.`);
    }
    // The analysis loads its NLP models on first use: here, not in the first ingestReview.
    warmAnalyzer(analyzer.analyze);
    // Compile the big statements' plans before /ready says ready (a first compile can outlast
    // the read timeout on a busy machine); the server answers meanwhile.
    const warmup = warmPlans(database.db, logger);
    server = await startServer({
      ...config,
      warmup,
      db: database.db,
      logger,
      development: config.env === "development",
      analyzer,
      apiToken: apiToken.token,
    });
  } catch (error) {
    await database.close();
    throw error;
  }

  const lines = [
    `GraphQL:       ${server.url.replace(/:\d+\//, `:${server.port}/`)}`,
    database.browserUrl ? `Neo4j Browser: ${database.browserUrl}` : undefined,
    `Bolt:          ${database.boltUri} (user ${database.username}${database.browserUrl ? ", password in STATE_DIR/neo4j-password unless NEO4J_PASSWORD is set" : ""})`,
    // The token is a local user's key to write; one set through API_TOKEN is not echoed.
    apiToken.source === "state"
      ? `API token:     ${apiToken.token} (for mutations: Authorization: Bearer <token>; kept in ${path.join(config.stateDir, API_TOKEN_FILE)})`
      : "API token:     from API_TOKEN (for mutations: Authorization: Bearer <token>)",
    "Press Ctrl-C to stop.",
  ].filter(Boolean);
  process.stdout.write(`\n${lines.join("\n")}\n\n`);
}
