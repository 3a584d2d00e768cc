import type { Database } from "../db/database";
import { upsertFilm } from "../graph/catalog-writes";
import { validateFilm } from "./film-input";

/**
 * Adds or updates a film with its crew and cast in one write transaction (idempotent on title and
 * year; people are matched by name ignoring case). Returns the film's key.
 */
export async function writeFilm(db: Database, input: unknown): Promise<string> {
  const film = validateFilm(input);
  return db.write((tx) => upsertFilm(tx, film));
}
