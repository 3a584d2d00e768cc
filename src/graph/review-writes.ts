import neo4j from "neo4j-driver";
import type { WriteTransaction } from "../db/database";
import type { Recommendation, UnresolvedMention } from "../ingest/analysis-types";
import { cypherTemporalText } from "./dates";
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
 * Stores a review and every link derived from it, then re-aggregates the film's themes; run it in
 * one write transaction so a failure leaves nothing behind. Returns the review id.
 *
 * Lock order (so that concurrent writers cannot deadlock, see docs/operations.md): the film first
 * (writes of one film's reviews run one after another), then the shared nodes the links point to,
 * people, characters, themes, aspects, each in id order; delete-review.cypher deletes in that order.
 */
export async function storeReview(tx: WriteTransaction, record: ReviewRecord, now = new Date()): Promise<string> {
  const id = reviewId(record.filmId, record.text);
  const { sentiment } = record.analysis;
  const mentions = byTarget(record.analysis.mentions, (m) => m.targetId);
  const themes = byTarget(record.analysis.themes, (t) => t.themeId);
  const aspects = byTarget(
    record.analysis.aspects.map((a) => ({ ...a, aspectId: aspectId(a.aspect) })),
    (a) => a.aspectId,
  );
  const [film] = await tx.run("lockFilm", { filmId: record.filmId });
  if (!film) throw new Error(`No film with id ${record.filmId}`);
  // Offsets are integers in the graph (JavaScript numbers would be stored as floats).
  const offsets = <T extends Evidence>(link: T) => ({ ...link, start: neo4j.int(link.start), end: neo4j.int(link.end) });
  const stored = await tx.run("storeReview", {
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
  });
  const counts = stored[0];
  if (!counts) throw new Error(`No film with id ${record.filmId}`);
  // A link whose target is not in the graph would be dropped silently: refuse the whole review instead.
  if (counts.mentions !== mentions.length || counts.themes !== themes.length || counts.aspects !== aspects.length) {
    throw new Error(
      `Review ${id}: stored ${counts.mentions}/${mentions.length} mentions, ${counts.themes}/${themes.length} themes, ` +
        `${counts.aspects}/${aspects.length} aspects; a target is missing from the graph`,
    );
  }
  await tx.run("refreshFilmThemes", { filmId: record.filmId });
  return id;
}
