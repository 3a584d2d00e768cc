import type { GraphQLResolveInfo } from "graphql";
import type { AspectTally, FilmConsensus } from "../generated/graphql";
import type { ConsensusQuoteModel } from "./models";
import { selects } from "./selection";

/** A quote held on a film's JUDGED_ON link: the sentence and the review it comes from. */
export interface HeldQuote {
  evidence: string;
  reviewId: string;
}

/**
 * One aspect of a film as its JUDGED_ON link keeps it (docs/consensus.md): judgements per polarity
 * and in all, and the praise and criticism quotes (null when the film has no judgement of that
 * polarity, or when fetched without quotes: consensusQuotesAsked).
 */
export interface AspectAggregate extends AspectTally {
  praise: HeldQuote | null;
  criticism: HeldQuote | null;
}

/**
 * What the review writes maintain for a film's consensus (docs/consensus.md), all counts of its
 * reviews: all of them, those with a verdict (judged), a positive one, a negative one, a score
 * (and the sum of those scores, 0–100 each), a sentiment (and the sum of those sentiments and of
 * their squares, each in [-1, 1]); and per aspect its tally and quotes.
 */
export interface ConsensusInput {
  reviewCount: number;
  judgedCount: number;
  positiveCount: number;
  negativeCount: number;
  scoredCount: number;
  scoreSum: number;
  sentimentCount: number;
  sentimentSum: number;
  sentimentSquareSum: number;
  aspects: AspectAggregate[];
}

/** The consensus input of a film without reviews. */
export const NO_REVIEWS: ConsensusInput = {
  reviewCount: 0,
  judgedCount: 0,
  positiveCount: 0,
  negativeCount: 0,
  scoredCount: 0,
  scoreSum: 0,
  sentimentCount: 0,
  sentimentSum: 0,
  sentimentSquareSum: 0,
  aspects: [],
};

/** What consensus-by-film.cypher (and film-by-title.cypher's consensus) return for one film: the film's counters (absent: 0) and its JUDGED_ON links. */
export interface ConsensusRow {
  counts: Partial<Record<
    | "reviewCount"
    | "judgedReviewCount"
    | "positiveReviewCount"
    | "negativeReviewCount"
    | "scoredReviewCount"
    | "scoreSum"
    | "sentimentCount"
    | "sentimentSum"
    | "sentimentSquareSum",
    number | null
  >>;
  aspects: AspectAggregate[];
}

/** Whether the query asks, below `path` (the consensus), for quotes (praise, criticism): only they need the quotes' evidence. */
export function consensusQuotesAsked(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: string[]): boolean {
  return selects(info, [...path, "praise"]) || selects(info, [...path, "criticism"]);
}

/** The consensus input of a film from its statement's row (a film without reviews: zeros, no aspects). */
export function consensusInputOf(row: ConsensusRow): ConsensusInput {
  const n = (value: number | null | undefined) => Number(value ?? 0);
  const { counts } = row;
  return {
    reviewCount: n(counts.reviewCount),
    judgedCount: n(counts.judgedReviewCount),
    positiveCount: n(counts.positiveReviewCount),
    negativeCount: n(counts.negativeReviewCount),
    scoredCount: n(counts.scoredReviewCount),
    scoreSum: n(counts.scoreSum),
    sentimentCount: n(counts.sentimentCount),
    sentimentSum: n(counts.sentimentSum),
    sentimentSquareSum: n(counts.sentimentSquareSum),
    aspects: row.aspects.map((a) => ({
      ...a,
      positive: n(a.positive),
      negative: n(a.negative),
      mixed: n(a.mixed),
      neutral: n(a.neutral),
      total: n(a.total),
    })),
  };
}

export type ConsensusModel = Omit<FilmConsensus, "praise" | "criticism"> & {
  praise: ConsensusQuoteModel[];
  criticism: ConsensusQuoteModel[];
};

/**
 * A variance computed from maintained sums (mean of squares minus squared mean) below this is the
 * rounding of those sums (sentiments are in [-1, 1], their sums kept by adding and subtracting
 * deltas), not a spread: it is reported as 0.
 */
const VARIANCE_NOISE = 1e-12;

/** Aspects with a quote of one side, most judged that way first (then by name), each with its quote. */
function quotes(aspects: AspectAggregate[], side: "praise" | "criticism"): ConsensusQuoteModel[] {
  const count = (a: AspectAggregate) => (side === "praise" ? a.positive : a.negative);
  return aspects
    .flatMap((a) => {
      const quote = a[side];
      return quote && count(a) > 0 ? [{ aspect: a.aspect, count: count(a), evidence: quote.evidence, reviewId: quote.reviewId }] : [];
    })
    .sort((x, y) => y.count - x.count || x.aspect.localeCompare(y.aspect));
}

/**
 * A film's consensus from its maintained aggregates (pure; docs/consensus.md): shares of the
 * reviews with a verdict, the mean score of the scored ones, the mean and population standard
 * deviation of the sentiments (from their sums), and the aspects most judged first.
 */
export function consensusOf(input: ConsensusInput): ConsensusModel {
  const { reviewCount, judgedCount: judged, positiveCount, negativeCount, scoredCount, sentimentCount } = input;
  const neutralCount = judged - positiveCount - negativeCount;
  const hasVerdicts = judged > 0;
  const average = sentimentCount > 0 ? input.sentimentSum / sentimentCount : null;
  const variance = average === null ? null : input.sentimentSquareSum / sentimentCount - average * average;
  return {
    reviewCount,
    positiveCount,
    negativeCount,
    positiveShare: hasVerdicts ? positiveCount / judged : null,
    meanScore: scoredCount > 0 ? input.scoreSum / scoredCount : null,
    scoredReviewCount: scoredCount,
    averageSentiment: average,
    agreement: hasVerdicts ? Math.max(positiveCount, negativeCount, neutralCount) / judged : null,
    sentimentSpread: variance === null ? null : variance < VARIANCE_NOISE ? 0 : Math.sqrt(variance),
    aspects: input.aspects
      .filter((a) => a.total > 0)
      .map(({ aspect, positive, negative, mixed, neutral, total }) => ({ aspect, positive, negative, mixed, neutral, total }))
      .sort((a, b) => b.total - a.total || a.aspect.localeCompare(b.aspect)),
    praise: quotes(input.aspects, "praise"),
    criticism: quotes(input.aspects, "criticism"),
  };
}
