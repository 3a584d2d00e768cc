import neo4j from "neo4j-driver";
import type { Database } from "../../db/database";
import { personId, slug } from "../../graph/ids";
import type { VegaFilm } from "./validate-row";

/** Provenance of the outside critic scores, kept on every imported film. */
export const SCORES_SOURCE = "vega-datasets movies.json";
export const BATCH_SIZE = 500;

export interface WriteCounts {
  created: number;
  updated: number;
  newLinks: number;
}

// Whole numbers go in as Neo4j integers (JavaScript numbers would be stored as floats).
const int = (n: number | null) => (n === null ? null : neo4j.int(n));

function toRow(film: VegaFilm & { id: string }) {
  return {
    id: film.id,
    title: film.title,
    titleKey: slug(film.title),
    year: int(film.year),
    releaseDate: film.releaseDate,
    runtimeMinutes: int(film.runtimeMinutes),
    rottenTomatoesRating: int(film.rottenTomatoesRating),
    imdbRating: film.imdbRating,
    imdbVotes: int(film.imdbVotes),
    mpaaRating: film.mpaaRating,
    distributor: film.distributor,
    scoresSource: SCORES_SOURCE,
    director: film.director ? { id: personId(film.director), name: film.director } : null,
    genre: film.genre ? { id: slug(film.genre), name: film.genre } : null,
  };
}

/** Writes the films in batches of `batchSize`, one UNWIND statement in one transaction per batch. */
export async function writeFilms(
  db: Database,
  films: (VegaFilm & { id: string })[],
  onBatch: (written: number) => void = () => {},
  batchSize = BATCH_SIZE,
): Promise<WriteCounts> {
  const total: WriteCounts = { created: 0, updated: 0, newLinks: 0 };
  for (let start = 0; start < films.length; start += batchSize) {
    const batch = films.slice(start, start + batchSize);
    const [counts] = await db.write((tx) => tx.run("importVegaFilms", { films: batch.map(toRow) }));
    total.created += Number(counts?.created ?? 0);
    total.updated += Number(counts?.updated ?? 0);
    total.newLinks += Number(counts?.newLinks ?? 0);
    onBatch(batch.length);
  }
  return total;
}
