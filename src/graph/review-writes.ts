import neo4j from "neo4j-driver";
import type { Row, WriteTransaction } from "../db/database";
import type { Recommendation, UnresolvedMention } from "../ingest/analysis-types";
import { reviewVerdict, verdictThresholds } from "../graphql/verdict";
import { cypherTemporalText } from "./dates";
import { contributionOf, filmReviewDeltas, type ReviewContribution } from "./film-review-deltas";
import { aspectId, reviewId } from "./ids";

/** publishedAt as Cypher reads it (a date-time without an offset is UTC); anything else is a caller's bug. */
function publishedAtText(text: string): string {
  const value = cypherTemporalText(text);
  if (value === undefined) throw new Error(`publishedAt is not an ISO 8601 date or date-time: ${text}`);
  return value;
}

export type Polarity = "POSITIVE" | "NEGATIVE" | "MIXED" | "NEUTRAL";

/** Where a derived fact is said: the quoted sentence and its character offsets in the review. */
export interface Evidence {
  evidence: string;
  start: number;
  end: number;
}

export interface ReviewAnalysis {
  /** Overall sentiment in [-1, 1]; null when the analysis cannot read the review's language. */
  sentiment: number | null;
  /** The review's language (ISO 639-1, "und" when undetermined); absent: English. */
  language?: string;
  mentions: (Evidence & { targetType: "Person" | "Role"; targetId: string; polarity: Polarity })[];
  themes: (Evidence & { themeId: string; salience: number })[];
  aspects: (Evidence & { aspect: string; polarity: Polarity })[];
}

export interface ReviewRecord {
  filmId: string;
  text: string;
  author?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  url?: string | null;
  /** The critic's rating as written ("3.5/4", "B+") and it on the 0–100 scale (src/ingest/rating.ts). */
  rating?: string | null;
  score?: number | null;
  /** Which analysis produced the links (kept on every link as provenance). */
  analyzerVersion: string;
  analysis: ReviewAnalysis;
  /** Names the analysis could not link, kept on the review node (one JSON string each). */
  unresolved?: UnresolvedMention[];
  /** Sentences that recommend the film, kept on the review node (one JSON string each). */
  recommendations?: Recommendation[];
}

/** Links in the order of their targets' ids (then their place in the text). */
function byTarget<T extends Evidence>(links: T[], targetOf: (link: T) => string): T[] {
  return [...links].sort((a, b) => {
    const [x, y] = [targetOf(a), targetOf(b)];
    return x < y ? -1 : x > y ? 1 : a.start - b.start;
  });
}

/**
 * Stores a review and every link derived from it, then updates the film's maintained aggregates
 * (sort keys and the themes it explores) by the review's delta; run it in one write transaction so
 * a failure leaves nothing behind. Returns the review id.
 *
 * Lock order (so that concurrent writers cannot deadlock, see docs/operations.md): the film first
 * (writes of one film's reviews run one after another), then the shared nodes the links point to,
 * people, characters, themes, aspects, each in id order; delete-review.cypher deletes in that order.
 */
export async function storeReview(tx: WriteTransaction, record: ReviewRecord, now = new Date()): Promise<string> {
  const params = reviewParams(record, now);
  // Two round trips while the film is locked, not four: statements sent together in one
  // transaction reach Neo4j in order on its connection (Bolt pipelining) and run one after the
  // other, so the contributions are read under the film's lock, and the deltas, which follow from
  // them and the parameters alone, are applied after the review is stored. Writes of one film's
  // reviews wait for that lock, so its hold time bounds their rate (docs/ingest-throughput.md).
  const [, before] = await Promise.all([lockFilm(tx, record.filmId), reviewContributions(tx, [params.review.id])]);
  const [[counts]] = await Promise.all([
    tx.run("storeReview", params),
    applyFilmReviewDeltas(tx, before, [storedContribution(params, before)]),
  ]);
  // A failed check throws, and the caller's transaction leaves nothing behind (the deltas included).
  if (!counts) throw new Error(`No film with id ${record.filmId}`);
  return checkStored(params.review.id, counts, record);
}

/**
 * Stores many NEW reviews in the caller's ONE write transaction (the CLI's folder ingest) in one
 * statement (store-reviews.cypher: one UNWIND per kind of write for the whole batch), then updates
 * each of their films' aggregates once, by the batch's summed delta, in film id order. Two
 * statements per batch whatever its size. Returns the review ids, in the order of `records` (the
 * same text twice in `records` is one review: its last analysis is the one stored).
 *
 * Errors (each fails the whole batch; the caller's transaction then leaves nothing behind):
 * a review already in the graph (Neo4j's constraint error on Review.id: write such a review with
 * storeReview, which replaces an earlier analysis), a film that does not exist, a link whose
 * target is not in the graph. Lock order as storeReview's: the films in id order, then people,
 * characters, themes and aspects, each kind in id order.
 */
export async function storeReviews(tx: WriteTransaction, records: ReviewRecord[], now = new Date()): Promise<string[]> {
  const params = records.map((record) => reviewParams(record, now));
  const last = new Map(params.map((p, i) => [p.review.id, i]));
  const batch = params.filter((p, i) => last.get(p.review.id) === i);
  const linksOf = <K extends "personMentions" | "roleMentions" | "themes" | "aspects">(kind: K, targetOf: (link: ReturnType<typeof reviewParams>[K][number]) => string) =>
    batch
      .flatMap((p) => p[kind].map((link) => ({ ...link, reviewId: p.review.id, analyzerVersion: p.review.analyzerVersion })))
      .sort((a, b) => compareText(targetOf(a), targetOf(b)) || compareText(a.reviewId, b.reviewId) || a.start.toNumber() - b.start.toNumber());
  const rows = await tx.run("storeReviews", {
    filmIds: [...new Set(batch.map((p) => p.review.filmId))].sort(compareText),
    reviews: batch.map((p) => p.review),
    personMentions: linksOf("personMentions", (m) => m.targetId),
    roleMentions: linksOf("roleMentions", (m) => m.targetId),
    themes: linksOf("themes", (t) => t.themeId),
    aspects: linksOf("aspects", (a) => a.aspectId),
  });
  const stored = new Map(rows.map((row) => [row.id as string, row]));
  const ids = records.map((record, i) => {
    const id = params[i]!.review.id;
    const counts = stored.get(id);
    if (!counts) throw new Error(`No film with id ${record.filmId}`);
    return checkStored(id, counts, records[last.get(id)!]!);
  });
  // New reviews: nothing contributed before the write.
  await applyFilmReviewDeltas(tx, [], batch.map((p) => storedContribution(p, [])));
  return ids;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The film's write lock, taken first in a review write (lock-film.cypher); no film is an error. */
async function lockFilm(tx: WriteTransaction, filmId: string): Promise<void> {
  const [film] = await tx.run("lockFilm", { filmId });
  if (!film) throw new Error(`No film with id ${filmId}`);
}

/** The stored contributions of these reviews (review-contributions.cypher); absent reviews give none. */
export async function reviewContributions(tx: WriteTransaction, reviewIds: string[]): Promise<ReviewContribution[]> {
  const rows = await tx.run("reviewContributions", { reviewIds, ...verdictThresholds() });
  return rows.map(contributionOf);
}

/**
 * Applies the difference between the contributions before and after a write to each film concerned
 * (apply-film-review-deltas.cypher), films in id order. A film reviewed before the counters or the
 * consensus tallies existed is recounted whole instead (refresh-film-review-stats,
 * refresh-film-themes and refresh-film-consensus).
 */
export async function applyFilmReviewDeltas(tx: WriteTransaction, before: ReviewContribution[], after: ReviewContribution[]): Promise<void> {
  for (const [filmId, delta] of filmReviewDeltas(before, after)) {
    const [row] = await tx.run("applyFilmReviewDeltas", { filmId, delta });
    if (row?.recount) {
      await refreshFilmReviewKeys(tx, filmId);
      await tx.run("refreshFilmThemes", { filmId });
      await refreshFilmConsensus(tx, filmId);
    }
  }
}

/**
 * What a review just stored contributes, from what store-review.cypher wrote: its verdict by
 * src/graphql/verdict.ts, its score and sentiment, its themes' saliences, its aspect judgements,
 * and the createdAt it kept when it was stored before (store-review.cypher sets createdAt on
 * creation only).
 */
function storedContribution(params: ReturnType<typeof reviewParams>, before: ReviewContribution[]): ReviewContribution {
  const { review } = params;
  const score = review.score == null ? null : review.score.toNumber();
  const themes = new Map<string, number>();
  for (const t of params.themes) themes.set(t.themeId, (themes.get(t.themeId) ?? 0) + t.salience);
  const verdict = reviewVerdict({ sentiment: review.sentiment, score });
  return {
    id: review.id,
    filmId: review.filmId,
    judged: verdict !== null,
    positive: verdict === "POSITIVE",
    negative: verdict === "NEGATIVE",
    score,
    sentiment: review.sentiment,
    createdAt: before.find((c) => c.id === review.id)?.createdAt ?? review.createdAt,
    themes: [...themes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([themeId, salience]) => ({ themeId, salience })),
    judgements: params.aspects.map((a) => ({ aspectId: a.aspectId, polarity: a.polarity, evidence: a.evidence, start: a.start.toNumber() })),
  };
}

/** The parameters of store-review.cypher for one review (one item of store-reviews.cypher). */
function reviewParams(record: ReviewRecord, now: Date) {
  const id = reviewId(record.filmId, record.text);
  const { sentiment } = record.analysis;
  const mentions = byTarget(record.analysis.mentions, (m) => m.targetId);
  const themes = byTarget(record.analysis.themes, (t) => t.themeId);
  const aspects = byTarget(
    record.analysis.aspects.map((a) => ({ ...a, aspectId: aspectId(a.aspect) })),
    (a) => a.aspectId,
  );
  // Offsets are integers in the graph (JavaScript numbers would be stored as floats).
  const offsets = <T extends Evidence>(link: T) => ({ ...link, start: neo4j.int(link.start), end: neo4j.int(link.end) });
  return {
    review: {
      id,
      filmId: record.filmId,
      text: record.text,
      sentiment,
      author: record.author ?? null,
      source: record.source ?? null,
      publishedAt: record.publishedAt == null ? null : publishedAtText(record.publishedAt),
      url: record.url ?? null,
      rating: record.rating ?? null,
      score: record.score == null ? null : neo4j.int(record.score),
      language: record.analysis.language ?? null,
      createdAt: now.toISOString(),
      analyzerVersion: record.analyzerVersion,
      unresolvedMentions: (record.unresolved ?? []).map((u) => JSON.stringify(u)),
      recommendations: (record.recommendations ?? []).map((r) => JSON.stringify(r)),
    },
    personMentions: mentions.filter((m) => m.targetType === "Person").map(offsets),
    roleMentions: mentions.filter((m) => m.targetType === "Role").map(offsets),
    themes: themes.map(offsets),
    aspects: aspects.map(offsets),
  };
}

/** A link whose target is not in the graph would be dropped silently: refuse the whole review instead. */
function checkStored(id: string, counts: Row, record: ReviewRecord): string {
  const { mentions, themes, aspects } = record.analysis;
  if (counts.mentions !== mentions.length || counts.themes !== themes.length || counts.aspects !== aspects.length) {
    throw new Error(
      `Review ${id}: stored ${counts.mentions}/${mentions.length} mentions, ${counts.themes}/${themes.length} themes, ` +
        `${counts.aspects}/${aspects.length} aspects; a target is missing from the graph`,
    );
  }
  return id;
}

/**
 * Recomputes the films' review-derived sort keys (reviewCount, positiveShare, latestReviewAt,
 * meanScore; docs/performance.md) inside the caller's write transaction, taking each film's lock in
 * id order. A verdict is the one of src/graphql/verdict.ts (the score when there is one, else the
 * sentiment); its thresholds are passed from there.
 */
export async function refreshFilmReviewKeys(tx: WriteTransaction, filmIds: string | string[]): Promise<void> {
  const ids = [...new Set(typeof filmIds === "string" ? [filmIds] : filmIds)].sort();
  await tx.run("refreshFilmReviewStats", { filmIds: ids, ...verdictThresholds() });
}

/**
 * Recounts a film's consensus aggregates (docs/consensus.md: negativeReviewCount, sentimentCount,
 * sentimentSum, sentimentSquareSum on the film; per aspect its JUDGED_ON tally and quotes) from
 * its reviews, inside the caller's write transaction, taking the film's lock first
 * (refresh-film-consensus.cypher). Costs the film's reviews: for films without the aggregates only.
 */
export async function refreshFilmConsensus(tx: WriteTransaction, filmId: string): Promise<void> {
  await tx.run("refreshFilmConsensus", { filmId, ...verdictThresholds() });
}
