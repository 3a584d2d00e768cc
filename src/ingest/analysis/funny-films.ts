import type { Polarity } from "../../graph/review-writes";
import type { Token } from "./tokens";

// Adjectives by which a critic says how funny something is.
const FUNNY = new Set(["funny", "funnier", "funniest", "hilarious", "amusing", "uproarious", "sidesplitting", "side-splitting", "laugh-out-loud", "hysterical", "droll", "unfunny", "humorless", "humourless", "laughless", "mirthless"]);

/**
 * "The film is hilarious", "Toy Story 3 is the funniest of the trilogy", "it is never funny": a
 * verdict on the film given by how funny it is judges its humour as well. The humour judgement
 * takes the verdict's polarity; undefined when the sentence has no such verdict or word.
 */
export function humourOfAVerdict(tokens: Token[], judgements: { aspect: string; polarity: Polarity }[]): Polarity | undefined {
  const verdict = judgements.find((j) => j.aspect === "overall");
  if (!verdict || judgements.some((j) => j.aspect === "humour")) return undefined;
  return tokens.some((t) => t.pos === "ADJ" && FUNNY.has(t.normal)) ? verdict.polarity : undefined;
}
