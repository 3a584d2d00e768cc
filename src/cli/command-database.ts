import { loadConfig, type Config } from "../config";
import type { Database } from "../db/database";
import { applyMigrations } from "../db/migrations";
import { openDatabase, type OpenDatabase } from "../db/open-database";
import { withElapsedTicker } from "./elapsed-ticker";

/** Progress of the database start goes to stderr, so stdout carries only a command's result. */
export const logToStderr = (message: string) => process.stderr.write(`${message}\n`);

/**
 * Runs a command's work against the database the server uses (NEO4J_URI, or the embedded one,
 * started when it is not running), with the schema migrated. If this command had to start the
 * embedded Neo4j, it stops it at the end, also on Ctrl-C. `exactIntegers`: integers come back as
 * BigInt (for output that must print 64-bit values exactly).
 */
export async function withDatabase<T>(
  work: (db: Database, opened: OpenDatabase, config: Config) => Promise<T>,
  config: Config = loadConfig(),
  options: { exactIntegers?: boolean } = {},
): Promise<T> {
  // The embedded Neo4j takes 12-60 s to start and a few to stop: say that it is still going.
  const embedded = !config.externalUri;
  const opened = embedded
    ? await withElapsedTicker("Starting the embedded Neo4j", logToStderr, () => openDatabase(config, logToStderr, options))
    : await openDatabase(config, logToStderr, options);
  const close = () =>
    opened.embedded?.startedHere ? withElapsedTicker("Stopping the embedded Neo4j", logToStderr, () => opened.close()) : opened.close();
  let interrupting = false;
  // Ctrl-C under `npm run cli` arrives twice (the terminal's, then npm's forwarded one): stop once.
  const interrupted = () => {
    if (interrupting) return;
    interrupting = true;
    logToStderr("Interrupted: stopping.");
    void close().finally(() => process.exit(130));
  };
  process.on("SIGINT", interrupted);
  process.on("SIGTERM", interrupted);
  try {
    await applyMigrations(opened.db);
    return await work(opened.db, opened, config);
  } finally {
    process.removeListener("SIGINT", interrupted);
    process.removeListener("SIGTERM", interrupted);
    await close();
  }
}

/** A mistake in how a command was called: one line on stderr and a non-zero exit, nothing done. */
export class UsageError extends Error {}
