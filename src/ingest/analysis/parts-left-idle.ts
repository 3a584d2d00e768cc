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
  return scantChance(tokens, cast);
}

// "little chance to shine", "not much room to breathe": what a part gives its actor to show.
const CHANCES = new Set(["chance", "chances", "opportunity", "opportunities", "room", "scope"]);
const NO_CHANCE = new Set(["little", "no", "few"]);
const DENIALS = new Set(["not", "n't", "n’t", "never", "hardly", "barely", "scarcely"]);
const SUBJECT_REACH = 8;

/**
 * "the cast have little chance to shine", "Brey doesn't get much chance to show off her charm":
 * a scant chance (little, no, few, or a denied "much") to do something, given to an actor or the
 * cast named before it in the clause. The span from the people to the verb after "to" (the
 * people are judged through the part, not for their acting), or undefined.
 */
function scantChance(tokens: Token[], cast: readonly CastMention[]): [number, number] | undefined {
  for (let j = 1; j < tokens.length; j++) {
    if (!CHANCES.has(tokens[j]!.normal) || tokens[j + 1]?.normal !== "to" || tokens[j + 2]?.pos !== "VERB") continue;
    let q = j - 1;
    while (q > 0 && tokens[q]!.pos === "ADJ" && !NO_CHANCE.has(tokens[q]!.normal) && tokens[q]!.normal !== "much") q--;
    const quantity = tokens[q]!.normal;
    const denied = tokens.slice(Math.max(0, q - 3), q).some((t) => DENIALS.has(t.normal));
    if (!NO_CHANCE.has(quantity) && !(quantity === "much" && denied)) continue;
    let start = q;
    while (start > 0 && q - start < SUBJECT_REACH && !CLAUSE_BREAKS.has(tokens[start - 1]!.text)) start--;
    // An actor, not a character ("Amos has little chance to escape the flood" is the story).
    const given = [...cast.filter((c) => c.actor && c.token >= start && c.token < q).map((c) => c.token), ...tokens.flatMap((t, k) => (k >= start && k < q && PEOPLE_WORDS.has(t.normal) ? [k] : []))];
    if (given.length > 0) return [Math.min(...given), j + 2];
  }
  return undefined;
}

const CLAUSE_BREAKS = new Set([",", ";", ":", "—", "–", "(", ")"]);

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
