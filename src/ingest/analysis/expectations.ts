import type { Token } from "./tokens";

// The critic's expectation before seeing the film, by its verb in the past ("I expected", "we had
// assumed") or by the adjective of doubt after "I was" ("I was skeptical of the direction").
const EXPECTING_VERBS = new Set(["expected", "assumed", "feared", "dreaded", "suspected", "anticipated", "predicted", "presumed", "worried", "doubted"]);
const DOUBTING_ADJECTIVES = new Set(["skeptical", "sceptical", "wary", "doubtful", "dubious", "apprehensive", "nervous", "worried", "leery", "cynical"]);
const CRITICS = new Set(["i", "we"]);
// What may stand between the critic and the verb: "I had initially assumed", "we were all a bit wary".
const BETWEEN = new Set(["had", "was", "were", "'d", "initially", "originally", "honestly", "frankly", "admittedly", "all", "a", "bit", "little", "somewhat", "rather", "very", "quite", "fully", "half", "really", "always", "also", "even"]);
// What ends the expectation: the contrast that answers it ("but he wasn't"), or a new sentence part.
const ENDS = new Set(["but", "yet", "however", "instead", "though", ";", ":", "—", "–"]);

/**
 * Tokens that tell what the critic expected before seeing the film, not what they found: "So for
 * Knives Out I was skeptical of the direction, the writing, and the star-studded cast, which often
 * signals an artsy, goofy passion project", "I had assumed that he would be totally annoying, ...,
 * but he wasn't". From the verb of expecting (after "I" or "we", in the past) to the contrast that
 * answers it or the sentence's end: its judging words and the crafts it names judge nothing.
 * Token indexes.
 */
export function expectations(tokens: Token[]): Set<number> {
  const expected = earlierFeelings(tokens);
  tokens.forEach((t, i) => {
    if (!EXPECTING_VERBS.has(t.normal) && !DOUBTING_ADJECTIVES.has(t.normal)) return;
    let k = i - 1;
    while (k >= 0 && BETWEEN.has(tokens[k]!.normal)) k--;
    if (k < 0 || !CRITICS.has(tokens[k]!.normal)) return;
    // "I was skeptical": an adjective of doubt only after a form of "be".
    if (DOUBTING_ADJECTIVES.has(t.normal) && !EXPECTING_VERBS.has(t.normal) && !tokens.slice(k + 1, i).some((w) => w.normal === "was" || w.normal === "were")) return;
    for (let j = i; j < tokens.length && !ENDS.has(tokens[j]!.normal); j++) expected.add(j);
  });
  return expected;
}

// "at first", "initially", "when it was first announced", "going in": before the critic saw the film.
const EARLIER_PHRASES = [["at", "first"], ["first", "announced"], ["going", "in"], ["before", "seeing"], ["before", "i", "saw"], ["from", "the", "trailer"], ["from", "the", "trailers"]];
const EARLIER_WORDS = new Set(["initially", "originally", "beforehand"]);
const CRITIC_WORDS = new Set(["i", "me", "my", "we", "us", "our"]);

/**
 * "When the film was first announced, I wasn't too excited about it", "The concept didn't grab me
 * at first": what the critic felt before seeing the film, which the review goes on to answer. A
 * marker of that earlier time and the critic's own pronoun in one clause (up to a contrast): the
 * clause's tokens, which judge nothing. Token indexes.
 */
function earlierFeelings(tokens: Token[]): Set<number> {
  const earlier = new Set<number>();
  const at = tokens.findIndex((t, i) => EARLIER_WORDS.has(t.normal) || EARLIER_PHRASES.some((p) => p.every((w, k) => tokens[i + k]?.normal === w)));
  if (at < 0) return earlier;
  let first = at;
  while (first > 0 && !ENDS.has(tokens[first - 1]!.normal)) first--;
  let last = at;
  while (last + 1 < tokens.length && !ENDS.has(tokens[last + 1]!.normal)) last++;
  if (!tokens.slice(first, last + 1).some((t) => CRITIC_WORDS.has(t.normal))) return earlier;
  for (let k = first; k <= last; k++) earlier.add(k);
  return earlier;
}
