import { loadConfig } from "../config";
import { applyMigrations } from "../db/migrations";
import { openDatabase, type OpenDatabase } from "../db/open-database";

/**
 * The database for a one-shot command: NEO4J_URI, or the embedded Neo4j (started if it is not
 * running), with the schema migrations applied. Progress goes to stderr so stdout stays data.
 * Minimal on purpose: a shared helper for every command is expected to replace it.
 */
export async function openCommandDatabase(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Promise<OpenDatabase> {
  const database = await openDatabase(loadConfig(), log);
  try {
    await applyMigrations(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** Opens the database, runs `work`, and closes it whatever happens. */
export async function withCommandDatabase<T>(work: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openCommandDatabase();
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
