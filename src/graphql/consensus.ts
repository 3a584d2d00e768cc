import type { GraphQLResolveInfo } from "graphql";
import type { Polarity } from "../graph/review-writes";
import type { AspectTally, FilmConsensus } from "../generated/graphql";
import type { ConsensusQuoteModel } from "./models";
import { selects } from "./selection";
import { reviewVerdict } from "./verdict";

/** One aspect judgement of one review of the film, as consensus-by-film.cypher returns it. */
export interface JudgementRow {
  aspect: string;
  polarity: Polarity;
  /** Null when fetched without quotes (consensusQuotesAsked). */
  evidence: string | null;
  reviewId: string;
  sentiment: number | null;
}

export interface ConsensusInput {
  reviewCount: number;
  /** Sentiments of the reviews that have one. */
  sentiments: number[];
  /** Per review with a sentiment or a score: both (a review in a language the analysis cannot read has neither). */
  verdictInputs?: { sentiment: number | null; score: number | null }[];
  judgements: JudgementRow[];
}

/** What consensus-by-film.cypher (and film-by-title.cypher's consensus) return for one film. */
export interface ConsensusRow {
  /** One per review of the film: its sentiment and its score (either may be null). */
  reviews: { sentiment: number | null; score: number | null }[];
  judgements: JudgementRow[];
}

/** Whether the query asks, below `path` (the consensus), for quotes (praise, criticism): only they need the judgements' evidence. */
export function consensusQuotesAsked(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: string[]): boolean {
  return selects(info, [...path, "praise"]) || selects(info, [...path, "criticism"]);
}

/** The consensus input of a film from its statement's row (a film without reviews: empty lists). */
export function consensusInputOf(row: ConsensusRow): ConsensusInput {
  return {
    reviewCount: row.reviews.length,
    sentiments: row.reviews.flatMap((r) => (r.sentiment == null ? [] : [r.sentiment])),
    verdictInputs: row.reviews.filter((r) => r.sentiment != null || r.score != null),
    judgements: row.judgements,
  };
}

export type ConsensusModel = Omit<FilmConsensus, "praise" | "criticism"> & {
  praise: ConsensusQuoteModel[];
  criticism: ConsensusQuoteModel[];
};

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

function tallies(judgements: JudgementRow[]): AspectTally[] {
  const byAspect = new Map<string, AspectTally>();
  for (const j of judgements) {
    const tally = byAspect.get(j.aspect) ?? { aspect: j.aspect, positive: 0, negative: 0, mixed: 0, neutral: 0, total: 0 };
    tally[j.polarity.toLowerCase() as "positive" | "negative" | "mixed" | "neutral"] += 1;
    tally.total += 1;
    byAspect.set(j.aspect, tally);
  }
  return [...byAspect.values()].sort((a, b) => b.total - a.total || a.aspect.localeCompare(b.aspect));
}

/**
 * Aspects judged with `polarity`, most often first, each quoted from the review whose overall
 * sentiment leans furthest that way (the first such judgement on a tie).
 */
function quotes(judgements: JudgementRow[], polarity: "POSITIVE" | "NEGATIVE"): ConsensusQuoteModel[] {
  type Quotable = JudgementRow & { evidence: string };
  const lean = (j: JudgementRow) => (polarity === "POSITIVE" ? 1 : -1) * (j.sentiment ?? 0);
  const byAspect = new Map<string, { count: number; best: Quotable }>();
  // Judgements fetched without their evidence (no quote asked, consensusQuotesAsked) quote nothing.
  const quotable = (j: JudgementRow): j is Quotable => j.evidence !== null;
  for (const j of judgements.filter(quotable)) {
    if (j.polarity !== polarity) continue;
    const seen = byAspect.get(j.aspect);
    if (!seen) byAspect.set(j.aspect, { count: 1, best: j });
    else byAspect.set(j.aspect, { count: seen.count + 1, best: lean(j) > lean(seen.best) ? j : seen.best });
  }
  return [...byAspect.entries()]
    .sort(([a, x], [b, y]) => y.count - x.count || a.localeCompare(b))
    .map(([aspect, { count, best }]) => ({ aspect, count, evidence: best.evidence, reviewId: best.reviewId }));
}

/** A film's consensus from its reviews' sentiments and aspect judgements (pure). */
export function consensusOf(input: ConsensusInput): ConsensusModel {
  const { reviewCount, sentiments, judgements } = input;
  // A review counts by its score when it has one, else by its sentiment; one with neither is left out.
  const inputs = input.verdictInputs ?? sentiments.map((sentiment) => ({ sentiment, score: null }));
  const verdicts = inputs.map(reviewVerdict).filter((v) => v !== null);
  const positiveCount = verdicts.filter((v) => v === "POSITIVE").length;
  const negativeCount = verdicts.filter((v) => v === "NEGATIVE").length;
  const judged = verdicts.length;
  const neutralCount = judged - positiveCount - negativeCount;
  const hasReviews = judged > 0;
  const scores = inputs.flatMap((i) => (i.score == null ? [] : [Number(i.score)]));
  const average = sentiments.length > 0 ? mean(sentiments) : null;
  return {
    reviewCount,
    positiveCount,
    negativeCount,
    positiveShare: hasReviews ? positiveCount / judged : null,
    meanScore: scores.length > 0 ? mean(scores) : null,
    scoredReviewCount: scores.length,
    averageSentiment: average,
    agreement: hasReviews ? Math.max(positiveCount, negativeCount, neutralCount) / judged : null,
    sentimentSpread: average === null ? null : Math.sqrt(mean(sentiments.map((s) => (s - average) ** 2))),
    aspects: tallies(judgements),
    praise: quotes(judgements, "POSITIVE"),
    criticism: quotes(judgements, "NEGATIVE"),
  };
}
