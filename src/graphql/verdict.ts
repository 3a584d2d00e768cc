// What counts as a positive or a negative review (documented on the Verdict enum of the schema).
import neo4j, { type Integer } from "neo4j-driver";

/** A review is positive when its sentiment is above this. */
export const POSITIVE_ABOVE = 0.2;
/** A review is negative when its sentiment is below this. */
export const NEGATIVE_BELOW = -0.2;

export type Verdict = "POSITIVE" | "NEGATIVE" | "NEUTRAL";

export function verdictOf(sentiment: number): Verdict {
  if (sentiment > POSITIVE_ABOVE) return "POSITIVE";
  if (sentiment < NEGATIVE_BELOW) return "NEGATIVE";
  return "NEUTRAL";
}

/**
 * Scores (0–100) from which a review is favourable, and up to which it is unfavourable: Metacritic's
 * bands for critics' reviews (61–100 positive, 40–60 mixed, 0–39 negative).
 */
export const POSITIVE_SCORE_FROM = 61;
export const NEGATIVE_SCORE_TO = 39;

/**
 * A review's verdict: the critic's own when they gave a rating (its score), else the text's
 * sentiment; null when it has neither (a language the analysis cannot read).
 */
export function reviewVerdict(review: { sentiment: number | null; score?: number | null }): Verdict | null {
  if (review.score != null) {
    if (review.score >= POSITIVE_SCORE_FROM) return "POSITIVE";
    if (review.score <= NEGATIVE_SCORE_TO) return "NEGATIVE";
    return "NEUTRAL";
  }
  return review.sentiment == null ? null : verdictOf(review.sentiment);
}

/**
 * The thresholds above as the parameters of every Cypher statement that decides a verdict
 * (`$positiveAbove`, `$negativeBelow`: sentiment in [-1, 1]; `$positiveScoreFrom`,
 * `$negativeScoreTo`: integer scores 0–100), so that no statement repeats the numbers.
 */
export function verdictThresholds(): { positiveAbove: number; negativeBelow: number; positiveScoreFrom: Integer; negativeScoreTo: Integer } {
  return {
    positiveAbove: POSITIVE_ABOVE,
    negativeBelow: NEGATIVE_BELOW,
    positiveScoreFrom: neo4j.int(POSITIVE_SCORE_FROM),
    negativeScoreTo: neo4j.int(NEGATIVE_SCORE_TO),
  };
}
