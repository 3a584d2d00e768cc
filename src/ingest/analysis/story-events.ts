import { isCriticsWord } from "./judging-constructions";
import type { Token } from "./tokens";

// Nouns of what happens to people in a story: a general word of sentiment before one tells how
// grave the event is, not how good the film is ("the tease of a terrible crime").
const EVENT_NOUNS = new Set([
  "crime", "murder", "killing", "death", "accident", "tragedy", "disaster", "attack", "massacre", "abuse", "assault",
  "suicide", "illness", "disease", "cancer", "injury", "shooting", "crash", "loss", "divorce", "breakup", "war", "genocide", "famine",
]);
const MODIFIER_TAGS = new Set(["ADJ", "ADV"]);

/**
 * The words of general sentiment that qualify an event of the story ("a terrible crime", "a
 * horrifying, senseless death", "the tragic accident"): the event's gravity, which judges nothing.
 * A critic's word there still judges ("a gratuitously violent murder" is the film's choice). Only
 * adjectives and adverbs directly before the event noun, which must end its noun phrase ("the
 * death scene" is a part of the film). Token indexes.
 */
export function storyEventWords(tokens: Token[]): number[] {
  const words: number[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== "NOUN" || !EVENT_NOUNS.has(t.lemma) || tokens[i + 1]?.pos === "NOUN") return;
    for (let k = i - 1; k >= 0 && (MODIFIER_TAGS.has(tokens[k]!.pos) || tokens[k]!.text === ","); k--) {
      if (tokens[k]!.text !== "," && !isCriticsWord(tokens[k]!)) words.push(k);
    }
  });
  return words;
}
