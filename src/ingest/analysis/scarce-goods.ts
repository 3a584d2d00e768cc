import type { Token } from "./tokens";

/**
 * The good things a sentence says the film has too few of: "the laughs are few and far between",
 * "there are precious few laughs", "thrills are thin on the ground", "laughs are in short supply".
 * A scarce good is a fault, as a good denied is ("no laughs"), and a scarce fault praise ("few
 * dull moments"): polarity.ts negates the noun and the qualities before it.
 *
 * `goods`: token indexes of the nouns said to be scarce; `words`: token indexes of the words that
 * say so ("few", "scarce", "thin on the ground"), which judge nothing themselves. "A few laughs"
 * and "quite a few laughs" are some laughs, not too few.
 */
export interface ScarceGoods {
  goods: ReadonlySet<number>;
  words: ReadonlySet<number>;
}

// Said before a noun ("few laughs", "scant thrills"); "few" after "a" is some.
const FEW_BEFORE = new Set(["few", "scant", "fewer"]);
// Said after a copula ("the laughs are few"), one word or a phrase.
const SCARCE_AFTER: string[][] = [["few"], ["scarce"], ["sparse"], ["rare"], ["thin", "on", "the", "ground"], ["in", "short", "supply"], ["hard", "to", "come", "by"], ["fewer"]];
// What a film leaves too little of for something: "room", "time", "space".
const ROOM = new Set(["room", "time", "space"]);
const ROOM_FOR_POS = new Set(["ADJ", "NOUN", "ADV"]);
// Words of degree before "little" ("very little", "precious little").
const LITTLE_AFTER = new Set(["very", "so", "too", "precious", "preciously"]);
const COPULA_LEMMAS = new Set(["be", "seem", "feel", "remain", "prove"]);
const NOUN_TAGS = new Set(["NOUN", "PROPN"]);
const cache = new WeakMap<Token[], ScarceGoods>();

/** The scarce goods of one sentence's tokens (cached per token array). */
export function scarceGoods(tokens: Token[]): ScarceGoods {
  const cached = cache.get(tokens);
  if (cached) return cached;
  const goods = new Set<number>();
  const words = new Set<number>();
  tokens.forEach((t, i) => {
    if (FEW_BEFORE.has(t.normal) && tokens[i - 1]?.normal !== "a") {
      let k = i + 1;
      while (tokens[k]?.pos === "ADJ") k++;
      if (NOUN_TAGS.has(tokens[k]?.pos ?? "")) {
        words.add(i);
        goods.add(k);
        // "few memorable characters": the quality is what is scarce.
        for (let a = i + 1; a < k; a++) goods.add(a);
        if (tokens[i - 1]?.normal === "precious" || tokens[i - 1]?.normal === "too") words.add(i - 1);
      }
    }
    // "offers little insight", "has very little charm", "precious little wit": "little" before a
    // singular noun, after a verb or a word of degree, is too little of it ("a little charm" is some,
    // "a little girl" and "little gems" are small).
    if (t.normal === "little" && (LITTLE_AFTER.has(tokens[i - 1]?.normal ?? "") || tokens[i - 1]?.pos === "VERB")) {
      const good = tokens[i + 1];
      if (good?.pos === "NOUN" && good.normal === good.lemma) {
        words.add(i);
        goods.add(i + 1);
        if (LITTLE_AFTER.has(tokens[i - 1]!.normal)) words.add(i - 1);
        // "little room for rounded characters", "little time for nuance": what there is no room for is scarce too.
        if (ROOM.has(good.normal) && tokens[i + 2]?.normal === "for") {
          words.add(i + 1);
          words.add(i + 2);
          for (let k = i + 3; k < tokens.length && ROOM_FOR_POS.has(tokens[k]!.pos); k++) goods.add(k);
        }
      }
    }
    const phrase = SCARCE_AFTER.find((p) => p.every((w, j) => tokens[i + j]?.normal === w));
    if (!phrase) return;
    let k = i - 1;
    while (k >= 0 && tokens[k]!.pos === "ADV") k--;
    if (!COPULA_LEMMAS.has(tokens[k]?.lemma ?? "") || (tokens[k]!.pos !== "AUX" && tokens[k]!.pos !== "VERB")) return;
    const subject = k - 1;
    if (!NOUN_TAGS.has(tokens[subject]?.pos ?? "")) return;
    goods.add(subject);
    for (let j = i; j < i + phrase.length; j++) words.add(j);
    if (phrase[0] === "few" && tokens[i + 1]?.normal === "and" && tokens[i + 2]?.normal === "far") for (let j = i + 1; j < i + 4; j++) words.add(j);
  });
  const found = { goods, words };
  cache.set(tokens, found);
  return found;
}
