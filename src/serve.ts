import path from "node:path";
import { API_TOKEN_FILE, resolveApiToken } from "./auth/api-token";
import type { Config } from "./config";
import { applyMigrations } from "./db/migrations";
import { openDatabase } from "./db/open-database";
import { startServer } from "./graphql/server";
import type { ReviewAnalyzer } from "./ingest/review-analyzer";
import { createLogger } from "./logger";
import { loadSeed } from "./seed/load-seed";

/** Composition only: config -> database -> migrations -> seed -> server, and an orderly stop. */
export async function serve(config: Config, analyzer: ReviewAnalyzer): Promise<void> {
  const logger = createLogger(config.logLevel);
  const log = (message: string) => logger.info(message);

  const apiToken = resolveApiToken(config.apiToken, config.stateDir);
  const database = await openDatabase(config, log);
  let stopping: Promise<void> | undefined;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      logger.info(`${signal}: stopping`);
      const timer = setTimeout(() => process.exit(1), 30_000).unref();
      await server?.close().catch((error) => logger.error({ err: error }, "stopping the server"));
      await database.close().catch((error) => logger.error({ err: error }, "stopping the database"));
      clearTimeout(timer);
      process.exit(0);
    })();
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));

  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const applied = await applyMigrations(database.db);
    log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Schema is up to date.");
    if (config.seed) {
      const seeded = await loadSeed(database.db, analyzer);
      log(`Seed loaded: ${seeded.films} film(s), ${seeded.reviews} review(s), ${seeded.themes} themes.`);
    }
    server = await startServer({
      ...config,
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
