import type { Polarity } from "../../graph/review-writes";
import { shippedAspectDefinitions, type AspectDefinition } from "../../seed/aspect-definitions";
import { clauseOf, splitClauses, type Clause } from "./clauses";
import { PhraseMatcher } from "./phrase-matcher";
import { polarityOf, scoreClauses, scoreSpan } from "./polarity";
import type { AnalysedSentence } from "./sentences";

export interface AspectJudgement {
  aspect: string;
  polarity: Polarity;
  sentence: AnalysedSentence;
}

/** Who a sentence is about, as the aspect rules need it. */
export interface CastInSentence {
  /** Token index of each cast member's (or character's) name in the sentence. */
  tokenIndexes: number[];
  /** Every cast member named is billed third or lower: a supporting part. */
  supportingOnly: boolean;
}

type Cue = { aspect: string; castOnly: boolean };

let cueMatcher: PhraseMatcher<Cue> | undefined;
function cues(definitions: AspectDefinition[]): PhraseMatcher<Cue> {
  if (cueMatcher) return cueMatcher;
  cueMatcher = new PhraseMatcher();
  for (const d of definitions) {
    for (const cue of d.cues) cueMatcher.add(cue, { aspect: d.name, castOnly: false });
    for (const cue of d.castCues) cueMatcher.add(cue, { aspect: d.name, castOnly: true });
  }
  return cueMatcher;
}

const SUBJECT_MARKERS = new Set(["about", "of"]);
const PRONOUN_SUBJECTS = new Set(["he", "she", "they"]);

/**
 * The aspects a sentence judges and how. An aspect is named by a cue ("cinematography", "the pacing
 * drags"); a performance is also judged by acting words ("intense", "wooden") in a sentence about a
 * cast member. The polarity is read in the clause of the cue, so "isn't flashy, but its
 * cinematography fits" is praise; a clause with no judgement of its own takes the sentence's.
 * A sentence that names an aspect without judging it gives nothing.
 */
export function judgeAspects(
  sentence: AnalysedSentence,
  aspects: ReadonlySet<string>,
  cast: CastInSentence,
  definitions: AspectDefinition[] = shippedAspectDefinitions(),
): AspectJudgement[] {
  const { tokens } = sentence;
  const clauses = splitClauses(tokens);
  const aboutCast = cast.tokenIndexes.length > 0 || PRONOUN_SUBJECTS.has(tokens[0]?.normal ?? "");
  const found = new Map<string, number[]>();
  for (const match of cues(definitions).find(tokens)) {
    if (match.value.castOnly && !aboutCast) continue;
    // "a film about music" names a subject, not the score.
    if (SUBJECT_MARKERS.has(tokens[match.first - 1]?.normal ?? "")) continue;
    let aspect = match.value.aspect;
    if (aspect === "performance" && cast.supportingOnly) aspect = "supporting performance";
    if (!aspects.has(aspect)) continue;
    found.set(aspect, [...(found.get(aspect) ?? []), match.first]);
  }
  // A supporting-cast cue settles that the sentence is not about the lead performance.
  if (found.has("supporting performance")) found.delete("performance");
  // "Lou is compelling, but I wish we saw more of her": how the character is written, not acted.
  if (found.has("characterization") && !cueNamed(tokens, "performance", definitions)) found.delete("performance");
  const judgements: AspectJudgement[] = [];
  for (const [aspect, positions] of found) {
    const polarity = polarityAt(sentence, clauses, positions);
    if (polarity !== "NEUTRAL") judgements.push({ aspect, polarity, sentence });
  }
  return judgements;
}

function cueNamed(tokens: AnalysedSentence["tokens"], aspect: string, definitions: AspectDefinition[]): boolean {
  return cues(definitions)
    .find(tokens)
    .some((m) => m.value.aspect === aspect && !m.value.castOnly);
}

function polarityAt(sentence: AnalysedSentence, clauses: Clause[], positions: number[]): Polarity {
  const { tokens } = sentence;
  const candidates = positions
    .map((p) => clauseOf(clauses, p))
    .filter((c): c is Clause => c !== undefined)
    .sort((a, b) => b.weight - a.weight);
  for (const clause of candidates) {
    const polarity = polarityOf(scoreSpan(tokens, clause.first, clause.last, true));
    if (polarity !== "NEUTRAL") return polarity;
  }
  return polarityOf(scoreClauses(tokens, clauses, true));
}
