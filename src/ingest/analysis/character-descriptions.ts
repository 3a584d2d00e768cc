import type { Token } from "./tokens";

const LIST_POS = new Set(["ADJ", "ADV", "CCONJ", "PUNCT"]);
const LIST_WORDS = new Set(["by", "turns", "at", "once", "and", "but", "yet"]);

/**
 * Tokens that describe a character, not judge an actor: "plays Anthony as charming, vain and
 * furious by turns" says who Anthony is; how well he is played is said elsewhere in the sentence.
 * So does an apposition after the character's name ("as Tony Lip, a man struggling for money"), and the
 * relative clause on the part a verb of playing names ("portraying an officer who is threatening").
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
  // "as Tony Lip, a man struggling for money": the apposition after the character's name says who they are.
  tokens.forEach((t, i) => {
    if (t.normal !== "as" && t.lemma !== "play") return;
    let k = i + 1;
    while (k < tokens.length && k <= i + 4 && tokens[k]!.pos === "PROPN") k++;
    if (k === i + 1 || tokens[k]?.text !== "," || !INDEFINITE.has(tokens[k + 1]?.normal ?? "")) return;
    let end = k + 1;
    while (end < tokens.length && !APPOSITION_ENDS.has(tokens[end]!.text)) end++;
    if (tokens.slice(k + 1, end).some((w) => PART_WORDS.has(w.lemma))) return;
    for (let j = k + 1; j < end; j++) described.add(j);
  });
  // "portraying an officer who is alternately threatening and laughable", "plays a man who loses his hearing":
  // the relative clause on the part a verb of playing names, up to the clause's end or a manner phrase
  // ("with ..."). The part's own adjectives may judge the playing ("plays a terrific villain").
  tokens.forEach((t, i) => {
    if (!PLAYING.has(t.lemma)) return;
    const article = [i + 1, i + 2].find((k) => INDEFINITE.has(tokens[k]?.normal ?? ""));
    if (article === undefined) return;
    let end = article;
    while (end < tokens.length && !APPOSITION_ENDS.has(tokens[end]!.text) && !MANNER_OPENERS.has(tokens[end]!.normal)) end++;
    const relative = tokens.findIndex((w, k) => k > article && k < end && RELATIVE_PRONOUNS.has(w.normal));
    if (relative < 0 || tokens.slice(article, end).some((w) => PART_WORDS.has(w.lemma))) return;
    for (let j = relative; j < end; j++) described.add(j);
  });
  return described;
}

const PLAYING = new Set(["play", "portray"]);
const MANNER_OPENERS = new Set(["with"]);
const RELATIVE_PRONOUNS = new Set(["who", "whose", "that", "which"]);
const INDEFINITE = new Set(["a", "an"]);
const APPOSITION_ENDS = new Set([",", ";", ":", ".", "!", "?", ")", "—", "–"]);
// An apposition that names the part or the acting judges it ("as Tony, a role he was born to play").
const PART_WORDS = new Set(["role", "part", "turn", "performance", "portrayal", "character", "casting"]);
