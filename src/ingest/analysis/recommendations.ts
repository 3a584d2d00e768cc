import { criticismLexicon } from "./lexicon";
import { PhraseMatcher } from "./phrase-matcher";
import type { AnalysedSentence } from "./sentences";

let matcher: PhraseMatcher<true> | undefined;
function patterns(): PhraseMatcher<true> {
  if (matcher) return matcher;
  matcher = new PhraseMatcher();
  for (const p of criticismLexicon.recommendationPatterns) matcher.add(p, true);
  return matcher;
}

/** Sentences that recommend the film to someone ("You would enjoy this if you like ..."). */
export function findRecommendations(sentences: AnalysedSentence[]): AnalysedSentence[] {
  return sentences.filter((s) => patterns().find(s.tokens).length > 0 && !s.tokens.some((t) => t.negated && t.lemma === "recommend"));
}
