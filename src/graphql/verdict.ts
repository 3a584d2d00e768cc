// What counts as a positive or a negative review (documented on the Verdict enum of the schema).

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
