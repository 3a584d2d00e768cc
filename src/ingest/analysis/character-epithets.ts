import { wordValence } from "./lexicon";
import { personNouns } from "./name-words";
import type { Token } from "./tokens";

// "a beautiful woman", "her brave son": people of the story named by a common noun. Not the nouns of
// a part ("hero", "protagonist", "character"), whose epithets judge the writing ("an intriguing protagonist").
const PARTS = new Set(["hero", "heroine", "protagonist", "character"]);
const PEOPLE = new Set([...personNouns].filter((n) => !PARTS.has(n)));

// What may stand in the run of epithets: "their strong, brave son Caleb", "a quiet, watchful girl".
const RUN_POS = new Set(["ADJ", "ADV"]);
const RUN_WORDS = new Set([",", "and", "-"]);
const REACH = 8;

/**
 * Token indexes of the epithets before a character's name: "Their strong, brave son Caleb (Harvey
 * Scrimshaw)", "the scheming Amos", "this depressed schlub of a hero, Peter". Words of general
 * sense there say who the character is, not how well anyone made or played them; a word of the
 * critics' craft ("the underwritten Hanne", "the thinly drawn Amos") still judges, and so does
 * anything before an actor's name ("the brilliant Dario Venn").
 *
 * The same for a person of the story named by a common noun ("a beautiful woman who is not as she
 * seems", "his strong, silent father").
 *
 * `nameStarts`: token indexes where a character's name begins.
 */
export function epithetsOfCharacters(tokens: Token[], nameStarts: Iterable<number>): number[] {
  const epithets: number[] = [];
  const people = tokens.flatMap((t, i) => (t.pos === "NOUN" && PEOPLE.has(t.lemma) ? [i] : []));
  // One noun may stand between the epithets and a name: "son" in "their brave son Caleb".
  const heads = [...[...nameStarts].map((start) => (tokens[start - 1]?.pos === "NOUN" ? start - 1 : start)), ...people];
  for (const start of heads) {
    // "a better Hanne than Lotte Brey": a comparison of who plays the part, not an epithet.
    let end = start;
    while (tokens[end + 1]?.pos === "PROPN") end++;
    if (tokens[end + 1]?.normal === "than") continue;
    for (let k = start - 1; k >= 0 && k >= start - REACH; k--) {
      const t = tokens[k]!;
      if (!RUN_POS.has(t.pos) && !RUN_WORDS.has(t.text)) break;
      if (t.pos === "ADJ" && !wordValence(t.normal, t.lemma, true).critical) epithets.push(k);
    }
  }
  return epithets;
}
