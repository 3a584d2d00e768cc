import type { CastMention } from "./mentions";
import type { Token } from "./tokens";

/**
 * Where a sentence says a part gives its actor too little to do, with the people named between
 * "for" and "to do": "there isn't much for them to do", "there's little for Brey to do", "not a
 * lot for the supporting cast to do". The part as written is at fault (characterization, as
 * "given nothing to do" is, aspects.json). `cast`: the sentence's cast mentions. Returns the
 * [first, last] token span from the quantity to "do", or undefined. The people must be cast
 * members, a personal pronoun or the cast ("little for the audience to do" is no part), and the
 * sentence must not go on with what there is to do ("nothing for Amos to do but wait" is the story).
 */
export function partLeftIdle(tokens: Token[], cast: readonly CastMention[]): [number, number] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const quantity = scantQuantity(tokens, i);
    if (quantity < 0) continue;
    const forAt = quantity + 1;
    if (tokens[forAt]?.normal !== "for") continue;
    const toAt = tokens.findIndex((t, k) => k > forAt + 1 && k <= forAt + PEOPLE_REACH + 1 && t.normal === "to" && tokens[k + 1]?.lemma === "do");
    if (toAt < 0) continue;
    // "nothing for Amos to do but wait" tells the story: the character's plight, not the part's.
    if (EXCEPT.has(tokens[toAt + 2]?.normal ?? "")) continue;
    const people = tokens.slice(forAt + 1, toAt);
    const named = cast.some((c) => c.token > forAt && c.token < toAt);
    if (named || people.some((t) => PEOPLE_WORDS.has(t.normal))) return [i, toAt + 1];
  }
  return undefined;
}

const PEOPLE_REACH = 5;
const PEOPLE_WORDS = new Set(["him", "her", "them", "cast", "actors", "actor", "actress", "actresses", "ensemble", "star", "stars"]);
const EXCEPT = new Set(["but", "except", "than"]);
const SCANT = new Set(["little", "nothing"]);

/** The token index of the quantity word of a scant quantity opening at i ("little", "nothing", "precious little", "not much", "n't much", "not a lot"), or -1. */
function scantQuantity(tokens: Token[], i: number): number {
  const t = tokens[i]!;
  if (SCANT.has(t.normal)) return tokens[i - 1]?.normal === "a" ? -1 : i;
  const denied = t.normal === "not" || t.normal === "n't" || t.normal === "never";
  if (!denied) return -1;
  if (tokens[i + 1]?.normal === "much") return i + 1;
  if (tokens[i + 1]?.normal === "a" && tokens[i + 2]?.normal === "lot") return i + 2;
  return -1;
}
