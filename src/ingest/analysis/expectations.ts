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
  const expected = new Set<number>();
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
