import type { Token } from "./tokens";

const LIST_POS = new Set(["ADJ", "ADV", "CCONJ", "PUNCT"]);
const LIST_WORDS = new Set(["by", "turns", "at", "once", "and", "but", "yet"]);

/**
 * Tokens that describe a character, not judge an actor: "plays Anthony as charming, vain and
 * furious by turns" says who Anthony is; how well he is played is said elsewhere in the sentence.
 */
export function characterDescriptions(tokens: Token[]): Set<number> {
  const described = new Set<number>();
  tokens.forEach((t, i) => {
    if (t.lemma !== "play") return;
    const as = tokens.findIndex((a, k) => k > i && k <= i + 5 && a.normal === "as");
    if (as < 0) return;
    for (let k = as + 1; k < tokens.length; k++) {
      const word = tokens[k]!;
      if (!LIST_POS.has(word.pos) && !LIST_WORDS.has(word.normal)) break;
      if (word.pos === "PUNCT" && word.text !== ",") break;
      described.add(k);
    }
  });
  return described;
}
