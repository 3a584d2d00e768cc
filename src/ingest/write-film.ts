import { isDeepStrictEqual } from "node:util";
import type { Database, Row, WriteTransaction } from "../db/database";
import { type FilmFacts, upsertFilm } from "../graph/catalog-writes";
import { filmId, personId } from "../graph/ids";
import { validateFilm } from "./film-input";

/**
 * Adds or updates a film with its crew and cast in one write transaction (idempotent on title and
 * year; people are matched by name ignoring case). Returns the film's key.
 */
export async function writeFilm(db: Database, input: unknown): Promise<string> {
  const film = validateFilm(input);
  return db.write((tx) => upsertFilm(tx, film));
}

/** What an upsert did to the graph: a new film, a film it changed, or one that already had everything given. */
export type FilmWriteOutcome = "created" | "updated" | "unchanged";

export interface FilmWritten {
  /** The film's key (`sound-of-metal-2019`). */
  filmId: string;
  outcome: FilmWriteOutcome;
}

/** The keys of the people an upsert names: its credits and the people given outside ids. */
function namedPeople(film: FilmFacts): string[] {
  const names = [...(film.directors ?? []), ...(film.writers ?? []), ...(film.cast ?? []).map((c) => c.person), ...(film.people ?? []).map((p) => p.name)];
  return [...new Set(names.map(personId))];
}

const catalogFacts = async (tx: WriteTransaction, id: string, personIds: string[]): Promise<Row | undefined> =>
  (await tx.run("filmCatalogFacts", { filmId: id, personIds }))[0];

/**
 * The write path of `upsertFilm` (the same validation, the same statement, one write transaction per
 * film) that also says what it did: the film's catalog facts (cypher/read/film-catalog-facts.cypher)
 * are read before and after the upsert inside the transaction, so `unchanged` means the graph is as
 * it was. Throws InvalidInputError (nothing written) for input upsertFilm refuses.
 */
export async function writeFilmWithOutcome(db: Database, input: unknown): Promise<FilmWritten> {
  const film = validateFilm(input);
  const id = filmId(film.title, film.year);
  const personIds = namedPeople(film);
  return db.write(async (tx) => {
    const before = await catalogFacts(tx, id, personIds);
    await upsertFilm(tx, film);
    const after = await catalogFacts(tx, id, personIds);
    const outcome: FilmWriteOutcome = before?.film == null ? "created" : isDeepStrictEqual(before, after) ? "unchanged" : "updated";
    return { filmId: id, outcome };
  });
}
