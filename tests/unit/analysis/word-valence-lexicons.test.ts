import { afinnValences, criticismLexicon, vaderValences, wordValence, type WordValence } from "../../../src/ingest/analysis/lexicon";
import { tokenize } from "../../../src/ingest/analysis/tokens";
import { tokenValences } from "../../../src/ingest/analysis/polarity";
import { analyze } from "./film";

// wordValence reads every lexicon of a word from one table (one look-up per word). The rule is
// the lexicons' order, each word as written before its lemma: this reference reads them one by
// one, as the rule says, and every word of every lexicon must get the same answer from both.
const genreSenses = new Map(
  Object.entries(criticismLexicon.genreSenses as unknown as Record<string, Record<string, number>>)
    .filter(([genre]) => genre !== "about")
    .map(([genre, words]) => [genre, new Map(Object.entries(words))]),
);
const intensityPraise = new Set(criticismLexicon.intensityPraise);
const toneWords = new Set([...criticismLexicon.toneWords.words, ...criticismLexicon.colourWords.words]);
const craftValence = new Map(Object.entries(criticismLexicon.craftValence));
const filmKinds = new Set(criticismLexicon.filmWords);

function byTheRule(normal: string, lemma: string, aboutCraft: boolean, genres: ReadonlySet<string>): WordValence {
  for (const genre of genres) {
    const value = genreSenses.get(genre)?.get(normal) ?? genreSenses.get(genre)?.get(lemma);
    if (value !== undefined) return { value, critical: true };
  }
  if (intensityPraise.has(normal) || intensityPraise.has(lemma)) return { value: aboutCraft ? 1.6 : 0, critical: true };
  if (toneWords.has(normal) || toneWords.has(lemma)) return { value: 0, critical: false };
  const craft = craftValence.get(normal) ?? craftValence.get(lemma);
  if (craft !== undefined) {
    // A superlative or comparative the general lexicon rates more strongly keeps its strength ("finest").
    const graded = normal !== lemma && !craftValence.has(normal) && /(?:est|er)$/u.test(normal) ? (vaderValences().get(normal) ?? afinnValences().get(normal)) : undefined;
    if (graded !== undefined && Math.sign(graded) === Math.sign(craft) && Math.abs(graded) > Math.abs(craft)) return { value: graded, critical: true };
    return { value: craft, critical: true };
  }
  if (filmKinds.has(normal) || filmKinds.has(lemma)) return { value: 0, critical: false };
  const general = vaderValences().get(normal) ?? vaderValences().get(lemma) ?? afinnValences().get(normal) ?? afinnValences().get(lemma) ?? 0;
  return { value: general, critical: false };
}

const words = [
  ...new Set([
    ...[...genreSenses.values()].flatMap((senses) => [...senses.keys()]),
    ...intensityPraise,
    ...toneWords,
    ...craftValence.keys(),
    ...filmKinds,
    ...vaderValences().keys(),
    ...afinnValences().keys(),
    "unlexiconed",
  ]),
].sort();
const craftWords = [...craftValence.keys()].sort();
const genreSets: ReadonlySet<string>[] = [new Set(), new Set(genreSenses.keys()), ...[...genreSenses.keys()].map((g) => new Set([g])), new Set(["no such genre"])];

it("gives every word of every lexicon the valence the lexicons' order gives it", () => {
  let compared = 0;
  const differences: string[] = [];
  words.forEach((normal, i) => {
    // The word as its own lemma, paired with another lexicon word as lemma (the lemma's entry
    // counts only where the word's own does not), and a graded word with a critic's word as lemma.
    for (const lemma of [normal, words[(i * 7919 + 13) % words.length]!, craftWords[i % craftWords.length]!]) {
      for (const aboutCraft of [true, false]) {
        for (const genres of genreSets) {
          const expected = byTheRule(normal, lemma, aboutCraft, genres);
          const actual = wordValence(normal, lemma, aboutCraft, genres);
          compared++;
          if (!Object.is(actual.value, expected.value) || actual.critical !== expected.critical) {
            differences.push(`${normal}/${lemma} ${aboutCraft} [${[...genres].join(",")}]: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
          }
        }
      }
    }
  });
  expect(differences.slice(0, 10)).toEqual([]);
  expect(compared).toBeGreaterThan(100_000);
});

it("scores a sentence's words from their lexicon entries, looked up once per token list, as wordValence does", () => {
  const tokens = tokenize("The horror is chilling, the acting superb, and the score never less than gorgeous.").tokens;
  const genres = new Set(["horror"]);
  const once = tokenValences(tokens, 0, tokens.length - 1, { aboutCraft: true, genres });
  // The same list again (its entries are kept) and a copy (looked up afresh) read the same.
  expect(tokenValences(tokens, 0, tokens.length - 1, { aboutCraft: true, genres })).toEqual(once);
  expect(tokenValences([...tokens], 0, tokens.length - 1, { aboutCraft: true, genres })).toEqual(once);
  expect(once.get(tokens.findIndex((t) => t.normal === "chilling"))).toBe(wordValence("chilling", "chill", true, genres).value);
});

describe("a film's argument", () => {
  it("is its thesis, not a quarrel: making it coherently praises the film", () => {
    const result = analyze("The film makes its argument completely coherently.");
    expect(result.sentiment).toBeGreaterThan(0.2);
    expect(analyze("Nobody could be denying the film's argument.").sentiment).toBeGreaterThanOrEqual(0);
  });
});

describe("an 'un-' adjective the lexicons lack (addNegatedAdjectives)", () => {
  it("takes the negated valence of a praising stem (VADER's negation scalar)", () => {
    expect(wordValence("unrewarding", "unrewarding", true).value).toBeCloseTo(-0.74 * wordValence("rewarding", "rewarding", true).value, 5);
    expect(wordValence("unsatisfying", "unsatisfying", true).value).toBeLessThan(-1);
    expect(analyze("It's initially intriguing but ultimately unrewarding.").sentiment).toBeLessThan(0);
  });

  it("leaves the words of praise built on a fault, and the words the lexicons have, as they are", () => {
    expect(wordValence("uncompromising", "uncompromising", true).value).toBeGreaterThanOrEqual(0);
    expect(wordValence("unsentimental", "unsentimental", true).value).toBeGreaterThanOrEqual(0);
    expect(wordValence("unforgettable", "unforgettable", true).value).toBeGreaterThan(1);
  });
});

describe("critics' words the general lexicons lack", () => {
  it("reads them in the critic's sense", () => {
    for (const w of ["cursory", "anodyne", "underwhelming", "snoozefest", "wrongheaded", "ill-conceived"]) expect(wordValence(w, w, true).value).toBeLessThan(0);
    for (const w of ["touching", "awe-inspiring", "magisterial", "rewatchable", "showstopping"]) expect(wordValence(w, w, true).value).toBeGreaterThan(0);
    expect(analyze("The whole thing fizzles out and the ending falters.").sentiment).toBeLessThan(0);
  });
});
