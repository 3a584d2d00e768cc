import { wordValence } from "./lexicon";
import type { Token } from "./tokens";

/** A noun's lexicon valence from which it judges on its own ("masterpiece" 3.1, "miracle" 2.8). */
const JUDGING_NOUN_STRENGTH = 2;
const OF_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "ADV", "NUM", "PRON"]);

/**
 * "a masterpiece of unwanted cheer", "a triumph of grim, relentless tension": after a noun that
 * judges strongly by itself, a word of the "of" phrase whose valence runs against the noun's says
 * what the judged thing is made of, not how well ("unwanted" is the character's cheer, not a
 * fault). Token indexes of those words; the phrase ends at a verb, a conjunction or a mark other
 * than a comma. Words of the noun's own sign or of none stay ("a marvel of hand-drawn animation":
 * the craft it names is still judged).
 */
export function ofPhrasesOfJudgingNouns(tokens: Token[]): Set<number> {
  const described = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.pos !== "NOUN" || tokens[i + 1]?.normal !== "of") return;
    const judged = wordValence(t.normal, t.lemma, true).value;
    if (Math.abs(judged) < JUDGING_NOUN_STRENGTH) return;
    for (let k = i + 2; k < tokens.length && (OF_PHRASE_POS.has(tokens[k]!.pos) || tokens[k]!.text === ","); k++) {
      const word = tokens[k]!;
      if (Math.sign(wordValence(word.normal, word.lemma, true).value) === -Math.sign(judged)) described.add(k);
    }
  });
  return described;
}
