import neo4j, { type Integer } from "neo4j-driver";
import type { Row } from "../db/database";
import type { Polarity } from "./review-writes";

/** One aspect judgement of a review: the aspect's id, its polarity, the quoted sentence and its start offset (code units). */
export interface JudgementContribution {
  aspectId: string;
  polarity: Polarity;
  evidence: string;
  start: number;
}

/**
 * What one review adds to its film's maintained aggregates (docs/performance.md, docs/consensus.md),
 * as review-contributions.cypher reads it: a verdict or not (judged), a positive or a negative one
 * or neither (the rule of src/graphql/verdict.ts), its score (0–100, integer) or null, its
 * sentiment ([-1, 1]) or null, createdAt (ISO 8601 text), the salience it gives each theme it
 * discusses (summed per theme, themes in id order), and its aspect judgements.
 */
export interface ReviewContribution {
  id: string;
  filmId: string;
  judged: boolean;
  positive: boolean;
  negative: boolean;
  score: number | null;
  sentiment: number | null;
  createdAt: string;
  themes: { themeId: string; salience: number }[];
  judgements: JudgementContribution[];
}

/**
 * A candidate quote for an aspect's praise or criticism (docs/consensus.md): the judgement's review
 * id, sentence and start offset, the review's sentiment (null taken as 0) and createdAt (ISO 8601
 * text). Quotes are ranked by sentiment (highest first for praise, lowest for criticism), then
 * oldest review, then review id, then start: the first is the quote.
 */
export interface QuoteCandidate {
  reviewId: string;
  evidence: string;
  sentiment: number;
  createdAt: string;
  start: Integer;
}

/**
 * Per aspect the film's reviews judge, the change of its tally (judgements per polarity, integers)
 * and the best quote of the reviews written (`praise`: of the POSITIVE judgements, `criticism`: of
 * the NEGATIVE ones; null when the written reviews have none).
 */
export interface AspectTallyDelta {
  aspectId: string;
  positive: Integer;
  negative: Integer;
  mixed: Integer;
  neutral: Integer;
  total: Integer;
  praise: QuoteCandidate | null;
  criticism: QuoteCandidate | null;
}

/**
 * The parameter `$delta` of apply-film-review-deltas.cypher for one film: differences of the
 * counters (integers; the sentiment sums: floats), the createdAt of the reviews written and of
 * those deleted (ISO 8601 text), per theme the change of its salience sum and of its reviews, in
 * theme id order, per aspect the change of its tally and the written reviews' best quotes, in
 * aspect id order, and the ids of every review written or deleted (a quote from one of them may
 * have to be sought again).
 */
export interface FilmReviewDelta {
  reviews: Integer;
  judged: Integer;
  positive: Integer;
  negative: Integer;
  scored: Integer;
  scoreSum: Integer;
  sentiments: Integer;
  sentimentSum: number;
  sentimentSquareSum: number;
  addedCreatedAt: string[];
  removedCreatedAt: string[];
  themes: { themeId: string; salience: number; reviews: Integer }[];
  aspects: AspectTallyDelta[];
  reviewIds: string[];
}

/** A row of review-contributions.cypher as a ReviewContribution (createdAt: the DateTime as text). */
export function contributionOf(row: Row): ReviewContribution {
  const c = row.contribution as Record<string, unknown>;
  return {
    id: c.id as string,
    filmId: c.filmId as string,
    judged: c.judged as boolean,
    positive: c.positive as boolean,
    negative: c.negative as boolean,
    score: c.score == null ? null : Number(c.score),
    sentiment: c.sentiment == null ? null : Number(c.sentiment),
    createdAt: String(c.createdAt),
    themes: (c.themes as { themeId: string; salience: number }[]).map((t) => ({ themeId: t.themeId, salience: Number(t.salience) })),
    judgements: (c.judgements as (Omit<JudgementContribution, "start"> & { start: unknown })[]).map((j) => ({ ...j, start: Number(j.start) })),
  };
}

const POLARITY_COUNTS = { POSITIVE: 0, NEGATIVE: 1, MIXED: 2, NEUTRAL: 3 } as const;

/** Candidate quotes in rank order (docs/consensus.md): `sign` 1 for praise, -1 for criticism. */
function quoteOrder(sign: 1 | -1) {
  return (a: QuoteCandidate, b: QuoteCandidate): number =>
    sign * (b.sentiment - a.sentiment) ||
    Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
    (a.reviewId < b.reviewId ? -1 : a.reviewId > b.reviewId ? 1 : 0) ||
    a.start.toNumber() - b.start.toNumber();
}

/** The first of the candidates by quoteOrder(sign); null for none. */
function bestQuote(candidates: QuoteCandidate[], sign: 1 | -1): QuoteCandidate | null {
  return [...candidates].sort(quoteOrder(sign))[0] ?? null;
}

const byId = <T>([a]: [string, T], [b]: [string, T]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The per-film deltas of a write that turned the contributions `before` (reviews as they were;
 * absent: not stored yet) into `after` (as they are now; a review of `before` missing from `after`
 * was deleted). Returns a map film id → delta, films in id order (the lock order of review writes).
 */
export function filmReviewDeltas(before: ReviewContribution[], after: ReviewContribution[]): Map<string, FilmReviewDelta> {
  interface AspectChange {
    counts: number[];
    praise: QuoteCandidate[];
    criticism: QuoteCandidate[];
  }
  interface FilmChange {
    counts: number[];
    sentimentSum: number;
    sentimentSquareSum: number;
    added: string[];
    removed: string[];
    reviewIds: Set<string>;
    themes: Map<string, { salience: number; reviews: number }>;
    aspects: Map<string, AspectChange>;
  }
  const films = new Map<string, FilmChange>();
  const filmOf = (filmId: string) => {
    let film = films.get(filmId);
    if (!film) {
      film = { counts: [0, 0, 0, 0, 0, 0, 0], sentimentSum: 0, sentimentSquareSum: 0, added: [], removed: [], reviewIds: new Set(), themes: new Map(), aspects: new Map() };
      films.set(filmId, film);
    }
    return film;
  };
  const afterIds = new Set(after.map((c) => c.id));
  const add = (c: ReviewContribution, sign: 1 | -1) => {
    const film = filmOf(c.filmId);
    film.reviewIds.add(c.id);
    const terms = [1, c.judged ? 1 : 0, c.positive ? 1 : 0, c.negative ? 1 : 0, c.score == null ? 0 : 1, c.score ?? 0, c.sentiment == null ? 0 : 1];
    terms.forEach((term, i) => (film.counts[i]! += sign * term));
    if (c.sentiment != null) {
      film.sentimentSum += sign * c.sentiment;
      film.sentimentSquareSum += sign * c.sentiment * c.sentiment;
    }
    for (const { themeId, salience } of c.themes) {
      const theme = film.themes.get(themeId) ?? { salience: 0, reviews: 0 };
      film.themes.set(themeId, { salience: theme.salience + sign * salience, reviews: theme.reviews + sign });
    }
    for (const j of c.judgements) {
      let aspect = film.aspects.get(j.aspectId);
      if (!aspect) film.aspects.set(j.aspectId, (aspect = { counts: [0, 0, 0, 0], praise: [], criticism: [] }));
      aspect.counts[POLARITY_COUNTS[j.polarity]]! += sign;
      if (sign === -1) continue;
      const quote = { reviewId: c.id, evidence: j.evidence, sentiment: c.sentiment ?? 0, createdAt: c.createdAt, start: neo4j.int(j.start) };
      if (j.polarity === "POSITIVE") aspect.praise.push(quote);
      if (j.polarity === "NEGATIVE") aspect.criticism.push(quote);
    }
    if (sign === 1) film.added.push(c.createdAt);
    else if (!afterIds.has(c.id)) film.removed.push(c.createdAt);
  };
  before.forEach((c) => add(c, -1));
  after.forEach((c) => add(c, 1));
  const deltas = new Map<string, FilmReviewDelta>();
  for (const [filmId, film] of [...films.entries()].sort(byId)) {
    const [reviews, judged, positive, negative, scored, scoreSum, sentiments] = film.counts.map((n) => neo4j.int(n));
    deltas.set(filmId, {
      reviews: reviews!,
      judged: judged!,
      positive: positive!,
      negative: negative!,
      scored: scored!,
      scoreSum: scoreSum!,
      sentiments: sentiments!,
      sentimentSum: film.sentimentSum,
      sentimentSquareSum: film.sentimentSquareSum,
      addedCreatedAt: film.added,
      removedCreatedAt: film.removed,
      themes: [...film.themes.entries()]
        .filter(([, t]) => t.reviews !== 0 || t.salience !== 0)
        .sort(byId)
        .map(([themeId, t]) => ({ themeId, salience: t.salience, reviews: neo4j.int(t.reviews) })),
      aspects: [...film.aspects.entries()].sort(byId).map(([aspectId, a]) => ({
        aspectId,
        positive: neo4j.int(a.counts[0]!),
        negative: neo4j.int(a.counts[1]!),
        mixed: neo4j.int(a.counts[2]!),
        neutral: neo4j.int(a.counts[3]!),
        total: neo4j.int(a.counts.reduce((sum, n) => sum + n, 0)),
        praise: bestQuote(a.praise, 1),
        criticism: bestQuote(a.criticism, -1),
      })),
      reviewIds: [...film.reviewIds].sort(),
    });
  }
  return deltas;
}
