import type { AnalysisResult } from "../analysis-types";
import { verdictOf } from "../../graphql/verdict";
import type { Token } from "./tokens";

// A review this long states a verdict on the whole somewhere; a shorter text may judge one thing only.
const VERDICT_STATED_FROM_SENTENCES = 4;

// The nouns by which a review talks about the screenplay itself: its story, plot, script and
// dialogue. Not the cues that also name a part of the film or its source ("scenes", "the second
// half", "an adaptation"): a sentence naming those is as often about the staging or the book.
const STORY_NOUNS = new Set(["story", "stories", "plot", "plotting", "plotline", "storyline", "script", "screenplay", "writing", "dialogue", "dialog", "storytelling", "narrative", "premise", "twist", "twists", "ending"]);
// The nouns by which a review talks about the characters as written.
const CHARACTER_NOUNS = new Set(["character", "characters", "characterization", "characterisation", "villain", "villains", "hero", "heroine", "protagonist", "protagonists"]);

const namesANoun = (tokens: Token[], nouns: ReadonlySet<string>) => tokens.some((t) => t.pos === "NOUN" && (nouns.has(t.normal) || nouns.has(t.lemma)));

/** Whether a sentence names the story, the plot, the script or its dialogue (STORY_NOUNS), judged or not. */
export const namesTheStory = (tokens: Token[]): boolean => namesANoun(tokens, STORY_NOUNS);

/** Whether a sentence names the characters (CHARACTER_NOUNS: "the characters", "its villain"), judged or not. */
export const namesTheCharacters = (tokens: Token[]): boolean => namesANoun(tokens, CHARACTER_NOUNS);

type Candidate = { text: string; start: number; end: number };

/**
 * The review's judgements of the aspects nearly every review judges, where no sentence was read as
 * judging them. A review of several sentences gives a verdict on the whole film, judges the lead
 * performance and, when it names them, the direction, the screenplay and the characters (on five
 * development sets 105, 100 and 82 of 111 annotated reviews have an "overall", a "performance" and a
 * "direction" judgement; on five sets of real critics' reviews 38 of 50 judge the screenplay and 23
 * the characters), so the review's text sentiment, when POSITIVE or NEGATIVE, is taken as the
 * aspect's judgement, quoted from the candidate sentence that contributes most to it.
 * `candidates`: per aspect, the sentences that may carry it (every sentence for "overall"; those
 * naming a lead actor, the director, the story or a writer, the characters for the others).
 * `contributions`: each sentence's share of the sentiment, by its start. Nothing for an aspect that
 * was judged, the film lacks, or no candidate leans the review's way, nor for a review of fewer than
 * VERDICT_STATED_FROM_SENTENCES sentences or with a NEUTRAL sentiment. docs/analysis.md gives what
 * each added, right and wrong.
 */
export function unstatedJudgements(
  result: AnalysisResult,
  contributions: ReadonlyMap<number, { share: number }>,
  aspectNames: ReadonlySet<string>,
  candidates: Record<string, Candidate[]>,
  reviewSentences: number,
): AnalysisResult["aspects"] {
  const verdict = result.sentiment == null ? "NEUTRAL" : verdictOf(result.sentiment);
  if (verdict === "NEUTRAL" || reviewSentences < VERDICT_STATED_FROM_SENTENCES) return [];
  const sign = verdict === "POSITIVE" ? 1 : -1;
  return Object.entries(candidates).flatMap(([aspect, sentences]) => {
    if (!aspectNames.has(aspect) || result.aspects.some((a) => a.aspect === aspect)) return [];
    let strongest: Candidate | undefined;
    let most = 0;
    for (const sentence of sentences) {
      const share = sign * (contributions.get(sentence.start)?.share ?? 0);
      if (share > most) [strongest, most] = [sentence, share];
    }
    return strongest ? [{ aspect, polarity: verdict, evidence: strongest.text, start: strongest.start, end: strongest.end }] : [];
  });
}
