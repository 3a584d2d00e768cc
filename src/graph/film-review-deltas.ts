import neo4j, { type Integer } from "neo4j-driver";
import type { Row } from "../db/database";

/**
 * What one review adds to its film's maintained aggregates (docs/performance.md), as
 * review-contributions.cypher reads it: a verdict or not (judged), a positive one or not (the rule of
 * src/graphql/verdict.ts), its score (0–100, integer) or null, createdAt (ISO 8601 text), and the
 * salience it gives each theme it discusses (summed per theme, themes in id order).
 */
export interface ReviewContribution {
  id: string;
  filmId: string;
  judged: boolean;
  positive: boolean;
  score: number | null;
  createdAt: string;
  themes: { themeId: string; salience: number }[];
}

/**
 * The parameter `$delta` of apply-film-review-deltas.cypher for one film: differences of the
 * counters (integers), the createdAt of the reviews written and of those deleted (ISO 8601 text),
 * and per theme the change of its salience sum and of its reviews, in theme id order.
 */
export interface FilmReviewDelta {
  reviews: Integer;
  judged: Integer;
  positive: Integer;
  scored: Integer;
  scoreSum: Integer;
  addedCreatedAt: string[];
  removedCreatedAt: string[];
  themes: { themeId: string; salience: number; reviews: Integer }[];
}

/** A row of review-contributions.cypher as a ReviewContribution (createdAt: the DateTime as text). */
export function contributionOf(row: Row): ReviewContribution {
  const c = row.contribution as Record<string, unknown>;
  return {
    id: c.id as string,
    filmId: c.filmId as string,
    judged: c.judged as boolean,
    positive: c.positive as boolean,
    score: c.score == null ? null : Number(c.score),
    createdAt: String(c.createdAt),
    themes: (c.themes as { themeId: string; salience: number }[]).map((t) => ({ themeId: t.themeId, salience: Number(t.salience) })),
  };
}

/**
 * The per-film deltas of a write that turned the contributions `before` (reviews as they were;
 * absent: not stored yet) into `after` (as they are now; a review of `before` missing from `after`
 * was deleted). Returns a map film id → delta, films in id order (the lock order of review writes).
 */
export function filmReviewDeltas(before: ReviewContribution[], after: ReviewContribution[]): Map<string, FilmReviewDelta> {
  const films = new Map<string, { counts: number[]; added: string[]; removed: string[]; themes: Map<string, { salience: number; reviews: number }> }>();
  const filmOf = (filmId: string) => {
    let film = films.get(filmId);
    if (!film) films.set(filmId, (film = { counts: [0, 0, 0, 0, 0], added: [], removed: [], themes: new Map() }));
    return film;
  };
  const afterIds = new Set(after.map((c) => c.id));
  const add = (c: ReviewContribution, sign: 1 | -1) => {
    const film = filmOf(c.filmId);
    const terms = [1, c.judged ? 1 : 0, c.positive ? 1 : 0, c.score == null ? 0 : 1, c.score ?? 0];
    terms.forEach((term, i) => (film.counts[i]! += sign * term));
    for (const { themeId, salience } of c.themes) {
      const theme = film.themes.get(themeId) ?? { salience: 0, reviews: 0 };
      film.themes.set(themeId, { salience: theme.salience + sign * salience, reviews: theme.reviews + sign });
    }
    if (sign === 1) film.added.push(c.createdAt);
    else if (!afterIds.has(c.id)) film.removed.push(c.createdAt);
  };
  before.forEach((c) => add(c, -1));
  after.forEach((c) => add(c, 1));
  const deltas = new Map<string, FilmReviewDelta>();
  for (const filmId of [...films.keys()].sort()) {
    const { counts, added, removed, themes } = films.get(filmId)!;
    const [reviews, judged, positive, scored, scoreSum] = counts.map((n) => neo4j.int(n));
    deltas.set(filmId, {
      reviews: reviews!,
      judged: judged!,
      positive: positive!,
      scored: scored!,
      scoreSum: scoreSum!,
      addedCreatedAt: added,
      removedCreatedAt: removed,
      themes: [...themes.entries()]
        .filter(([, t]) => t.reviews !== 0 || t.salience !== 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([themeId, t]) => ({ themeId, salience: t.salience, reviews: neo4j.int(t.reviews) })),
    });
  }
  return deltas;
}
