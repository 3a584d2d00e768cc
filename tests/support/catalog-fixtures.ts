import type { Database } from "../../src/db/database";
import { upsertFilm, upsertThemes, type FilmFacts } from "../../src/graph/catalog-writes";
import { slug } from "../../src/graph/ids";
import { storeReview, type Polarity, type ReviewAnalysis } from "../../src/graph/review-writes";

// Test data written through the project's own writers; every test names its films, people and
// themes with a unique prefix, so tests running side by side never see each other's data.

export const addFilm = (db: Database, facts: FilmFacts): Promise<string> => db.write((tx) => upsertFilm(tx, facts));

export async function addThemes(db: Database, names: string[]): Promise<void> {
  await db.write((tx) => upsertThemes(tx, names.map((name) => ({ name }))));
}

export interface ReviewFixture {
  filmId: string;
  text: string;
  /** null: a language the analysis cannot read. */
  sentiment: number | null;
  /** The critic's rating on 0–100 (Review.score), when they gave one. */
  score?: number | null;
  author?: string;
  publishedAt?: string;
  /** Theme ids with their salience. */
  themes?: [string, number][];
  aspects?: [string, Polarity][];
  /** Person or role ids with the polarity of the mention. */
  mentions?: { targetType: "Person" | "Role"; targetId: string; polarity: Polarity }[];
}

/** Stores a review whose every link quotes the whole text (offsets 0..length). */
export async function addReview(db: Database, review: ReviewFixture, now = new Date()): Promise<string> {
  const evidence = { evidence: review.text, start: 0, end: review.text.length };
  const analysis: ReviewAnalysis = {
    sentiment: review.sentiment,
    themes: (review.themes ?? []).map(([themeId, salience]) => ({ ...evidence, themeId, salience })),
    aspects: (review.aspects ?? []).map(([aspect, polarity]) => ({ ...evidence, aspect, polarity })),
    mentions: (review.mentions ?? []).map((m) => ({ ...evidence, ...m })),
  };
  return db.write((tx) =>
    storeReview(
      tx,
      {
        filmId: review.filmId,
        text: review.text,
        author: review.author ?? null,
        publishedAt: review.publishedAt ?? null,
        score: review.score ?? null,
        analyzerVersion: "test",
        analysis,
      },
      now,
    ),
  );
}

/** Genres come with the imported catalog; tests link them directly (id = slug of the name). */
export async function addGenre(db: Database, filmId: string, name: string): Promise<void> {
  await db.driver.executeQuery(
    "MATCH (f:Film {id: $filmId}) MERGE (g:Genre {id: $id}) SET g.name = $name MERGE (f)-[:HAS_GENRE]->(g)",
    { filmId, id: slug(name), name },
    { database: db.name },
  );
}
