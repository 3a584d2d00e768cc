import { forecastAudience } from "./critics-liking";
import type { ContextTheme } from "../analysis-types";
import { criticismLexicon, isJudgingVerb, wordValence } from "./lexicon";
import { inSubjectCore, predications } from "./predications";
import { PhraseMatcher } from "./phrase-matcher";
import type { AnalysedSentence } from "./sentences";
import { phraseLemmas, type Token } from "./tokens";
import themeSenses from "./theme-senses.json";
import { TITLE_LEMMA } from "./title-mask";
import { readersCircumstances } from "./reader-advice";
import { groupNouns, occupationNouns, personNouns, relationNouns } from "./name-words";

export interface ThemeHit {
  themeId: string;
  sentence: AnalysedSentence;
  first: number;
  last: number;
  /** Matched by a phrase of two or more words, not a single word. */
  phrase: boolean;
  /** A single word whose everyday sense is not the theme ("time", "work"): a theme only where the sentence frames it. */
  framedOnly: boolean;
}

/**
 * Why a theme was counted, strongest first: a phrase of the taxonomy, a word in a sentence that
 * frames it as a subject, a word an action of the story is done to or by, a word told in the story.
 */
export type ThemeBasis = "phrase" | "framed" | "story" | "word";
const BASIS_RANK: Record<ThemeBasis, number> = { phrase: 0, framed: 1, story: 2, word: 3 };

export interface ThemeLink {
  themeId: string;
  salience: number;
  sentence: AnalysedSentence;
  basis: ThemeBasis;
  /** How many counted places name the theme. */
  hits: number;
  /** The strongest counted place (in `sentence`). */
  hit: ThemeHit;
}

interface TaxonomyEntry {
  themeId: string;
  phrase: boolean;
  framedOnly: boolean;
  /** The synonym or pattern as written, lowercase. */
  text: string;
  /** Offsets of its content words within it ([0, n-1] unless it opens or ends with function words). */
  head: [number, number];
}

// Words that carry meaning; "the law", "on the road", "be a man" have one, "who he is" none. A
// reflexive pronoun is one too: "kills himself" is not "kills".
const CONTENT_POS = new Set(["NOUN", "PROPN", "ADJ", "VERB", "ADV", "NUM"]);
const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself", "oneself", "myself", "yourself", "ourselves"]);
const LIGHT_VERBS = new Set(["be", "have", "do", "get"]);

/**
 * Where a taxonomy entry's content words lie, and how many it has. An entry counts as a phrase
 * (evidence by itself) only with two content words: "the law" or "on the road" is one word with
 * function words around it, and is read like a single word.
 */
function contentWords(text: string): { count: number; head: [number, number] } {
  const { lemmas, pos } = phraseLemmas(text);
  const content = pos.flatMap((p, k) => ((CONTENT_POS.has(p) && !LIGHT_VERBS.has(lemmas[k]!)) || REFLEXIVES.has(lemmas[k]!) ? [k] : []));
  if (content.length === 0) return { count: 0, head: [0, Math.max(0, lemmas.length - 1)] };
  return { count: content.length, head: [content[0]!, content[content.length - 1]!] };
}

const FRAMED_ONLY = new Set(themeSenses.framedOnly.map((w) => w.toLowerCase()));
const CUES: Readonly<Record<string, string[]>> = themeSenses.cues;

interface CompiledTaxonomy {
  matcher: PhraseMatcher<TaxonomyEntry>;
}

const THEME_WORD_POS = new Set(["NOUN", "PROPN", "ADJ"]);

// The taxonomy comes with each film context, often as a fresh copy of the same list: compile each
// distinct taxonomy once (by identity, else by content).
const compiled = new WeakMap<ContextTheme[], CompiledTaxonomy>();
const compiledByContent = new Map<string, CompiledTaxonomy>();
const KEEP_TAXONOMIES = 4;

function compile(themes: ContextTheme[]): CompiledTaxonomy {
  const cached = compiled.get(themes);
  if (cached) return cached;
  // A fingerprint of the content, cheaper than the full text: ids and the size of every entry.
  const size = (words: string[]) => words.reduce((n, w) => n * 31 + w.length, words.length) % 1_000_003;
  const content = themes.map((t) => `${t.id}:${size(t.synonyms)}:${size(t.patterns)}`).join(",");
  const same = compiledByContent.get(content);
  if (same) {
    compiled.set(themes, same);
    return same;
  }
  const matcher = new PhraseMatcher<TaxonomyEntry>();
  for (const theme of themes) {
    const cues = new Set((CUES[theme.name] ?? []).map((c) => c.toLowerCase()));
    for (const text of new Set([theme.name, ...theme.synonyms, ...theme.patterns, ...cues])) {
      // A hyphenated word ("hip-hop") is one word, however wink splits it. A cue ("his daughter") is
      // evidence only where the sentence tells the story, like a single word.
      const words = contentWords(text);
      const phrase = !cues.has(text) && /\s/.test(text.trim()) && words.count > 1;
      const lower = text.toLowerCase();
      // An entry of function words alone ("who he is") names a theme only where the sentence frames it.
      const framedOnly = FRAMED_ONLY.has(lower) || words.count === 0;
      matcher.add(text, { themeId: theme.id, phrase, framedOnly, text: lower, head: words.head });
    }
  }
  const taxonomy = { matcher };
  compiled.set(themes, taxonomy);
  if (compiledByContent.size >= KEEP_TAXONOMIES) compiledByContent.delete(compiledByContent.keys().next().value!);
  compiledByContent.set(content, taxonomy);
  return taxonomy;
}

let frames: PhraseMatcher<true> | undefined;
function frameCues(): PhraseMatcher<true> {
  if (frames) return frames;
  frames = new PhraseMatcher();
  for (const cue of [...criticismLexicon.themeFrameCues, ...themeSenses.frames]) frames.add(cue, true);
  return frames;
}

let idioms: PhraseMatcher<true> | undefined;
const MODIFIER_POS = new Set(["ADJ", "ADV"]);
let audience: PhraseMatcher<true> | undefined;
const CLAUSE_BREAKS = new Set([",", ";", ":", "—", "–", "(", ")"]);

/**
 * Token spans where a theme word is not the story's subject: idioms that use it in another sense
 * ("takes its time", "a succession of gags", "rise up from the sand"), clauses about the
 * audience ("for anyone who spent childhood summers by the sea"), subjects the film is denied to
 * have ("not some generic romcom about love") and the alternative set aside ("more for fun than for
 * terror").
 */
function otherSenses(sentence: AnalysedSentence): [number, number][] {
  if (!idioms || !audience) {
    idioms = new PhraseMatcher();
    for (const p of [...criticismLexicon.themeIdioms.phrases, ...themeSenses.idioms]) idioms.add(p, true);
    audience = new PhraseMatcher();
    for (const p of [...criticismLexicon.audienceMarkers, ...themeSenses.audience]) audience.add(p, true);
  }
  const { tokens } = sentence;
  const clauseEnd = (from: number) => {
    let end = from;
    while (end + 1 < tokens.length && !CLAUSE_BREAKS.has(tokens[end + 1]!.text)) end++;
    return end;
  };
  const spans: [number, number][] = idioms.find(tokens).map((m) => [m.first, m.last]);
  // "does full justice to", "takes its sweet time": an idiom with a modifier inside it.
  const unmodified = tokens.flatMap((t, i) => (i > 0 && MODIFIER_POS.has(t.pos) ? [] : [i]));
  if (unmodified.length < tokens.length) {
    for (const m of idioms.find(unmodified.map((i) => tokens[i]!))) spans.push([unmodified[m.first]!, unmodified[m.last]!]);
  }
  for (const m of audience.find(tokens)) spans.push([m.first, clauseEnd(m.last)]);
  // "Whether you watch it with a fidgety eight-year-old or alone, ...": the reader's circumstances are no subject.
  const circumstances = readersCircumstances(tokens);
  if (circumstances.length > 0) spans.push([circumstances[0]!, circumstances.at(-1)!]);
  tokens.forEach((t, i) => {
    // "This is not some generic romcom about love, marriage ...": a subject the film is denied to have.
    if (t.normal === "about") {
      const from = Math.max(0, i - 7);
      const not = tokens.slice(from, i).findIndex((w) => w.normal === "not" || w.normal === "n't");
      const denied = not >= 0 && DENIED_KIND.has(tokens[from + not + 1]?.normal ?? "");
      if (denied) spans.push([i, lastOfList(tokens, i)]);
    }
    // "more of a film made for fun than for terror": the alternative set aside.
    // "little more than a vengeance-fuelled killing machine" is "just", no alternative.
    const setAside = (w: Token, k: number) => (w.normal === "more" && !ONLY_MORE.has(tokens[k - 1]?.normal ?? "")) || w.normal === "rather";
    if (t.normal === "than" && tokens.slice(Math.max(0, i - 8), i).some((w, j) => setAside(w, Math.max(0, i - 8) + j))) spans.push([i, clauseEnd(i)]);
  });
  // "I just love the production design", "we really loved it": the critic's (or viewer's) liking.
  tokens.forEach((t, i) => {
    if (!LIKERS.has(t.normal)) return;
    let k = i + 1;
    while (tokens[k]?.pos === "ADV" || tokens[k]?.pos === "AUX" || tokens[k]?.pos === "PART") k++;
    // "unless you love penguins": "I" and "you" need no adverb between ("we love each other" may be the story's).
    if ((k > i + 1 || t.normal !== "we") && tokens[k] && isJudgingVerb(tokens[k]!.lemma)) spans.push([i, k]);
  });
  return spans;
}
const LIKERS = new Set(["i", "we", "you"]);
// "little more than", "nothing more than": only, not an alternative set aside.
const ONLY_MORE = new Set(["little", "nothing", "no", "hardly", "barely", "scarcely", "much"]);
// After "not": a kind of film denied ("not some generic romcom about ..."), not "not just a film about ...".
const DENIED_KIND = new Set(["a", "an", "some", "another"]);

/** The last token of the subjects listed after "about" at `from`: before a full stop, semicolon, colon or dash. */
function lastOfList(tokens: Token[], from: number): number {
  let end = from;
  while (end + 1 < tokens.length) {
    const next = tokens[end + 1]!;
    if (next.text === "." || next.text === ";" || next.text === ":" || next.text === "—") break;
    end++;
  }
  return end;
}

const QUOTES = new Set(['"', "“", "”", "‘", "’", "'"]);
const capitalized = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.text);

/**
 * A theme word written as part of a name or a title: capitalized inside the sentence beside another
 * capitalized word ("Let Freedom Laugh", "Four Weddings and a Funeral") or between quotes ("Memory").
 */
function inName(tokens: Token[], first: number, last: number): boolean {
  if (!tokens.slice(first, last + 1).every((t) => capitalized(t))) return false;
  if (first > 0 && capitalized(tokens[first - 1]) && !QUOTES.has(tokens[first - 1]!.text)) return true;
  if (capitalized(tokens[last + 1])) return true;
  const quoted = (t: Token | undefined) => t !== undefined && QUOTES.has(t.text);
  return quoted(tokens[first - 1]) || quoted(tokens[last + 1]);
}

// The second half of a compound that says a character is driven or marked by the first ("vengeance-fuelled").
const DRIVEN_BY = /^(fuell?ed|driven|stricken|ridden|obsessed|crazed|soaked|fixated|hungry|starved|struck|scarred|haunted|induced|filled|laden|consumed)$/u;

const ATTRIBUTED = new Set(["NOUN", "PROPN", "ADJ"]);

/**
 * "needs the powerful 'Heart of Salt'": an entry that names people by an adjective ("the powerful", "the
 * dispossessed") is that adjective said of a thing when a noun, a name or a quotation follows it.
 */
function attributiveNominal(tokens: Token[], match: { first: number; last: number; value: TaxonomyEntry }): boolean {
  if (!match.value.text.startsWith("the ") || tokens[match.last]!.pos !== "ADJ") return false;
  const next = tokens[match.last + 1];
  // "the poor families": said of people, the adjective is read as their lot (LOT_THEMES) or who they are.
  // "The wild, wild West": a list of adjectives before the noun.
  const listed = next?.text === "," && tokens[match.last + 2]?.pos === "ADJ";
  return next !== undefined && (ATTRIBUTED.has(next.pos) || QUOTES.has(next.text) || listed) && !describesAPerson(tokens, match.last);
}

/** Every place a theme's name, synonym or phrase pattern occurs (on lemmas). */
export function findThemeHits(sentences: AnalysedSentence[], themes: ContextTheme[]): ThemeHit[] {
  const { matcher } = compile(themes);
  const hits: ThemeHit[] = [];
  for (const sentence of sentences) {
    const matches = matcher.find(sentence.tokens);
    const senses = matches.length > 0 ? otherSenses(sentence) : [];
    // Every hit, not only a theme's first in the sentence: in "prison officials ... his escape from
    // incarceration" the first modifies a noun and says nothing, the second names the theme.
    const chosen: ThemeHit[] = [];
    for (const match of matches) {
      // "loss" inside "hearing loss" is deafness, not loss.
      const inside = matches.some(
        (other) => other !== match && other.first <= match.first && other.last >= match.last && other.last - other.first > match.last - match.first,
      );
      // A single word found through its lemma names a theme as a noun or an adjective ("identity",
      // "deaf"), not as a verb ("everything changes"); a word written as in the taxonomy ("aging") counts.
      // An entry that is not a phrase is read by its content word ("the law" -> "law").
      const first = match.value.phrase ? match.first : match.first + match.value.head[0];
      const last = match.value.phrase ? match.last : match.first + match.value.head[1];
      const word = sentence.tokens[first]!;
      // A phrasal verb of the taxonomy ("growing up", "falls for", "laid off") has one content word, a
      // verb: written as the entry lists it, the whole phrase is the evidence.
      const spanText = sentence.tokens.slice(match.first, match.last + 1).map((t) => t.normal).join(" ");
      const asWritten = word.normal === match.value.text || (match.last > match.first && spanText === match.value.text);
      const single = first === last;
      if (inside || (!match.value.phrase && single && !asWritten && !THEME_WORD_POS.has(word.pos))) continue;
      if (single && !match.value.phrase && word.pos === "VERB" && doneByTheWork(sentence.tokens, first)) continue;
      // "That's where its success lies", "its strength lies in the cast": a theme word that names the
      // theme as a noun, alone as a verb ("lies to Hanne" is a pattern of the theme).
      if (match.first === match.last && word.pos === "VERB" && NOUN_SENSES.has(word.normal)) continue;
      // "a death-ray ring", "a war-torn town": a word that opens a hyphenated compound modifies the next noun.
      // "vengeance-fuelled", "grief-stricken", "guilt-ridden": driven by it, the theme is the character's.
      if (single && !match.value.phrase && sentence.tokens[last + 1]?.text === "-" && sentence.tokens[last + 2] !== undefined && sentence.tokens[last + 1]!.start === word.end && !DRIVEN_BY.test(sentence.tokens[last + 2]!.normal)) continue;
      if (senses.some(([a, b]) => match.first <= b && match.last >= a)) continue;
      if (inName(sentence.tokens, match.first, match.last)) continue;
      if (attributiveNominal(sentence.tokens, match)) continue;
      chosen.push({ themeId: match.value.themeId, sentence, phrase: match.value.phrase, framedOnly: match.value.framedOnly, first, last });
    }
    const old = themes.some((t) => t.id === AGING) && !chosen.some((h) => h.themeId === AGING && h.phrase) ? oldAgeAt(sentence.tokens) : -1;
    if (old >= 0) chosen.push({ themeId: AGING, sentence, phrase: true, framedOnly: false, first: old, last: old });
    hits.push(...chosen);
  }
  return hits;
}

const AGING = "aging";
// The oldest age read as a person's (above it, a number is something else: a year, a count).
const OLDEST_AGE = 110;

/** The years a number token says, with a written-out tens word and its unit ("seventy-eight"); undefined if none. */
function yearsAt(tokens: Token[], i: number): { years: number; last: number } | undefined {
  const t = tokens[i];
  if (!t || t.pos !== "NUM") return undefined;
  if (/^\d+$/u.test(t.normal)) return { years: Number(t.normal), last: i };
  const tens = AGE_WORDS.get(t.normal);
  if (tens === undefined) return undefined;
  const units = tokens[i + 1]?.text === "-" && tokens[i + 2]?.pos === "NUM" ? UNIT_WORDS.indexOf(tokens[i + 2]!.normal) : -1;
  return units > 0 ? { years: tens + units, last: i + 2 } : { years: tens, last: i };
}
const UNIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/**
 * An old age told of someone (OLD_AGE or more): "a 78-year-old widower", "80 years old", "learning,
 * at seventy-eight, how to ...", "At 80, Moe ...", "Moe, 82, ...". The number's index, or -1.
 */
function oldAgeAt(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const age = yearsAt(tokens, i);
    if (!age || age.years < OLD_AGE || age.years > OLDEST_AGE) continue;
    const after = tokens.slice(age.last + 1, age.last + 5).map((t) => t.normal).filter((w) => w !== "-");
    if ((after[0] === "year" || after[0] === "years") && after[1] === "old") return i;
    const closes = (t: Token | undefined) => t === undefined || t.text === "," || t.text === ".";
    const before = tokens[i - 1];
    if (before?.normal === "at" && closes(tokens[age.last + 1])) return i;
    if (before?.text === "," && tokens[i - 2]?.pos === "PROPN" && tokens[age.last + 1]?.text === ",") return i;
  }
  return -1;
}

// A person's lot is the story's subject: "a rich family", "the poor families", "an Albanian immigrant family".
const LOT_THEMES = new Set(["wealth", "poverty", "class", "immigration"]);
// Nouns for the people of a story or its audience, besides the name lexicon's.
const PEOPLE_NOUNS = new Set(["people", "person", "fan", "fans", "parents", "queen", "king", "witch", "villain", "brunette", "blonde", "hero", "heroine", "teenager", "matriarch", "patriarch"]);

/** Whether the adjective at `i` stands before (across adjectives, hyphens and commas) a noun for a person. */
function describesAPerson(tokens: Token[], i: number): boolean {
  let k = i + 1;
  // "an elderly widowed woman": a participle between, whatever the tagger calls it.
  const participle = (t: Token) => t.normal.endsWith("ed") && tokens[k + 1] !== undefined && tokens[k + 1]!.pos === "NOUN";
  while (k < tokens.length && (tokens[k]!.pos === "ADJ" || tokens[k]!.text === "," || tokens[k]!.text === "-" || tokens[k]!.pos === "NUM" || tokens[k]!.normal === "and" || participle(tokens[k]!))) k++;
  const noun = tokens[k];
  if (!noun) return false;
  // "the evil witch-queen": the head of a hyphenated compound.
  const head = tokens[k + 1]?.text === "-" && tokens[k + 2] ? tokens[k + 2]! : noun;
  const person = (t: Token) => personNouns.has(t.lemma) || relationNouns.has(t.lemma) || occupationNouns.has(t.lemma) || PEOPLE_NOUNS.has(t.normal) || PEOPLE_NOUNS.has(t.lemma);
  return person(noun) || person(head);
}

const COPULAS = new Set(["be", "seem", "feel", "look", "become"]);

/**
 * "The film marries the musical with an adventure", "Frozen lies somewhere between": a theme verb
 * whose subject is the film (its title or a noun for the work) is a figure for what the film does,
 * not an event of its story; what it does to a person ("the movie forgives him") is. Auxiliaries
 * and adverbs may stand between subject and verb.
 */
function doneByTheWork(tokens: Token[], verb: number): boolean {
  // "the movie forgives him": what the film does to a character is the story's judgement.
  if (tokens[verb + 1]?.pos === "PRON" || tokens[verb + 1]?.pos === "PROPN") return false;
  return predications(tokens).some((p) => {
    if (p.verb > verb || tokens.slice(p.verb, verb).some((t) => t.pos !== "AUX" && t.pos !== "ADV" && t.pos !== "PART")) return false;
    let last = p.subjectLast;
    while (last > p.subjectFirst && QUOTES.has(tokens[last]!.text)) last--;
    const head = tokens[last]!;
    return head.lemma === TITLE_LEMMA || (WORKS.has(head.lemma) && head.pos === "NOUN");
  });
}

/**
 * A single theme word in a sentence that tells the story, not one that judges the film: the
 * sentence names a character ("In Nell's village, music has been banned"), or judges no craft and
 * the word is what an action of the story is done to or by ("a fishing village welcomes immigrants").
 */
function aboutTheStory(hit: ThemeHit, storySentences: ReadonlySet<number>, craftTokens: ReadonlyMap<number, ReadonlySet<number>>): boolean {
  const { sentence } = hit;
  const { tokens } = sentence;
  const word = tokens[hit.first]!;
  const story = storySentences.has(sentence.index);
  // "whose brother has just died": the taxonomy's own word for an event of the story.
  if (story && word.pos === "VERB") return true;
  if (word.pos !== "NOUN") return false;
  // A noun that modifies another ("boxing matches", "band practice", "a cinema employee") is not the subject.
  if (tokens[hit.last + 1]?.pos === "NOUN") return false;
  if (!story && (craftTokens.get(sentence.index)?.size ?? 0) > 0 && word.normal === word.lemma) return false;
  const acts = (t: Token | undefined) => t !== undefined && t.pos === "VERB" && !COPULAS.has(t.lemma) && !isJudgingVerb(t.lemma);
  // The object of an action ("welcomes immigrants", "fakes a terminal illness") ...
  let k = hit.first - 1;
  while (k >= 0 && (tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "PRON")) k--;
  if (acts(tokens[k])) return true;
  // ... or its subject ("music has been banned", "their daughters, Anna and Joy, have vanished").
  k = skipNamedApposition(tokens, hit.last + 1);
  while (k < tokens.length && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV" || tokens[k]!.pos === "PART")) k++;
  // "a wife, Evelyn, played by Hayley Atwell": casting, not an event of the story.
  if (tokens[k]?.lemma === "play" && tokens[k + 1]?.normal === "by") return false;
  return acts(tokens[k]);
}

/** After a noun, the names set beside it between commas (", Anna and Joy,"): where the sentence goes on. */
function skipNamedApposition(tokens: Token[], from: number): number {
  if (tokens[from]?.text !== ",") return from;
  let k = from + 1;
  while (k < tokens.length && (tokens[k]!.pos === "PROPN" || tokens[k]!.pos === "CCONJ")) k++;
  return k > from + 1 && tokens[k]?.text === "," ? k + 1 : from;
}

/** The sentence judges a craft (the music, the editing), not only the film as a whole. */
function judgesCraft(judged: ReadonlySet<number> | undefined, crafts: ReadonlySet<number> | undefined): boolean {
  if (!judged || !crafts) return false;
  for (const i of judged) if (crafts.has(i)) return true;
  return false;
}

/**
 * A single word told as part of the story: not in a sentence that judges a craft ("the score, with a
 * drummer strapped to a truck, is excessive"), not a character's name ("Fear (Bill Hader)").
 */
function storyWord(hit: ThemeHit, names: ReadonlySet<number> | undefined, judgesCraft: boolean): boolean {
  if (judgesCraft) return false;
  for (let i = hit.first; i <= hit.last; i++) if (names?.has(i)) return false;
  return true;
}

/**
 * A headline: the review's first line, unpunctuated, often a pun on the film ("Cold case: ...",
 * "till death do us part"). Its words are wordplay, not the themes of the story.
 */
function headline(sentence: AnalysedSentence, sentences: AnalysedSentence[]): boolean {
  if (sentence.index !== 0 || sentences.length < 3) return false;
  const last = sentence.tokens[sentence.tokens.length - 1];
  return last !== undefined && !/^[.!?…"”’)]$/.test(last.text);
}

const KIND_NOUNS = new Set(themeSenses.kindNouns);
// How many nouns or adjectives may stand between a theme's words and the kind of film they qualify ("coming-of-age road movie").
const KIND_REACH = 3;

/** Whether the theme's words qualify a noun of a kind of film or story after them ("a grief drama", "the coming-of-age road movie"). */
function kindOfFilmBefore(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  for (let k = hit.last + 1; k < tokens.length && k <= hit.last + 1 + KIND_REACH; k++) {
    const t = tokens[k]!;
    if (KIND_NOUNS.has(t.normal) && t.pos === "NOUN") return true;
    if (t.pos !== "NOUN" && t.pos !== "ADJ") return false;
  }
  return false;
}
const STORY_STRANDS = new Set(themeSenses.storyStrands);
const PERSONAL_POSSESSIVES = new Set(["his", "her", "their"]);
// "his work", "her art": a maker's output as often as a character's life.
const OEUVRE = new Set(["work", "art", "career", "craft"]);

/**
 * "His ambition finds its outlet", "their journey is fraught with danger": a word that counts only
 * where framed, said as a character's own (after "his", "her", "their"), is the story's. A single
 * abstract noun: not a plural ("his colleagues"), not an adjective ("his teenage nephew"), not
 * modifying the next noun, not a maker's output ("his work").
 */
function ownedByACharacter(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  const word = tokens[hit.first]!;
  return hit.first === hit.last && PERSONAL_POSSESSIVES.has(tokens[hit.first - 1]?.normal ?? "") && word.pos === "NOUN" && word.normal === word.lemma && !/[^s]s$/u.test(word.normal) && !OEUVRE.has(word.normal) && tokens[hit.first + 1]?.pos !== "NOUN";
}

const LIST_JOINS = new Set([",", "and", "or"]);

/**
 * "bursts of violence and fear", "a story of grief, fear and guilt": a word that counts only where
 * framed, listed beside a theme word that needs no frame, is one of the story's subjects too. The
 * words of a list stand next to each other, with only commas, "and" or "or" between.
 */
function listedWithATheme(hit: ThemeHit, hits: readonly ThemeHit[]): boolean {
  const { tokens } = hit.sentence;
  const joinedTo = (other: ThemeHit) => {
    const [from, to] = other.first > hit.last ? [hit.last + 1, other.first - 1] : [other.last + 1, hit.first - 1];
    if (to < from) return false;
    for (let k = from; k <= to; k++) if (!LIST_JOINS.has(tokens[k]!.normal)) return false;
    return true;
  };
  return tokens[hit.first]!.pos === "NOUN" && hits.some((o) => o.sentence === hit.sentence && o.themeId !== hit.themeId && !o.framedOnly && !o.phrase && tokens[o.first]!.pos === "NOUN" && joinedTo(o));
}

const GROUPS_WHO_LIVE = new Set(themeSenses.livelihoodNouns);
const COLLECTIVE_PEOPLE = new Set(["people", "folk", "folks", "townsfolk", "townspeople"]);

/**
 * "poor farmworkers", "rich kids", "isolated villagers": an adjective of a theme said of a group of
 * people (a plural of theme-senses.json livelihoodNouns) tells how they live, the story's theme, with
 * no frame needed ("poor Tom", "a poor man" and "a poor script" stay unframed words).
 */
function livesOfAGroup(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  const word = tokens[hit.first]!;
  if (hit.first !== hit.last || word.pos !== "ADJ") return false;
  let k = hit.last + 1;
  if (tokens[k]?.pos === "ADJ") k++;
  const group = tokens[k];
  return group !== undefined && group.pos === "NOUN" && GROUPS_WHO_LIVE.has(group.normal) && (group.normal !== group.lemma || COLLECTIVE_PEOPLE.has(group.normal));
}

/**
 * A single noun that modifies the next ("boxing matches", "band practice", "a power cut") is not
 * the subject, unless the next names a kind of story ("a survival film", "the friendship story").
 */
function modifiesNoun(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  const word = tokens[hit.first]!;
  const next = tokens[hit.last + 1];
  // "two sisters clearing out the house": a plural before an -ing word is its subject, not its modifier.
  if (word.normal !== word.lemma && word.normal.endsWith("s") && next?.normal.endsWith("ing")) return false;
  // "Moe's dementia supplies the jokes": a word in -s before a determiner is the verb the tagger took for a noun.
  if (next?.normal.endsWith("s") && tokens[hit.last + 2]?.pos === "DET") return false;
  return hit.first === hit.last && word.pos === "NOUN" && next?.pos === "NOUN" && !KIND_NOUNS.has(next.lemma) && !KIND_NOUNS.has(next.normal);
}

// From what age a number of years before "old" says a person is old.
const OLD_AGE = 60;
const AGE_WORDS = new Map([["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90], ["hundred", 100]]);

/**
 * "a 40-year old man", "they are 4-years old": an age written before "old" that is no old age
 * (under OLD_AGE) says how old someone is, not that the story is about aging. A number within the
 * three words before the hit's "old".
 */
function aYoungAge(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  const old = tokens.slice(hit.first, hit.last + 1).findIndex((t) => t.lemma === "old");
  if (old < 0) return false;
  const at = hit.first + old;
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = tokens[k]!;
    const digits = /^(\d+)/u.exec(t.normal);
    const years = digits ? Number(digits[1]) : AGE_WORDS.get(t.normal.split("-")[0]!);
    if (years !== undefined) return years < OLD_AGE;
  }
  return false;
}

/** Whether the theme's words are a noun for a kind of story ("parable", "fairy tale"; theme-senses.json kindNouns). */
function namesAKindOfStory(hit: ThemeHit): boolean {
  if (namesAStrand(hit)) return false;
  const words = hit.sentence.tokens.slice(hit.first, hit.last + 1);
  return KIND_NOUNS.has(words.map((t) => t.normal).join(" ")) || (words.length === 1 && KIND_NOUNS.has(words[0]!.lemma));
}

const NOUN_PHRASE_INSIDE = new Set(["ADJ", "ADV", "NOUN"]);
const A_KIND_DETERMINERS = new Set(["a", "an", "this"]);

/**
 * A strand of the plot named as such (theme-senses.json storyStrands): "the romance", "their
 * romance", "touches of romance", not "a romance" or "this romance" (the kind of film it is).
 */
function namesAStrand(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  if (hit.first !== hit.last || !STORY_STRANDS.has(tokens[hit.first]!.lemma)) return false;
  let before = hit.first - 1;
  while (before >= 0 && NOUN_PHRASE_INSIDE.has(tokens[before]!.pos)) before--;
  return !A_KIND_DETERMINERS.has(tokens[before]?.normal ?? "");
}

const THEMATIC_NOUNS = new Set(themeSenses.thematicNouns);

/**
 * A theme word right before a noun for what the film says ("a feminist message", "its political
 * subtext", "environmental themes", "a heavy feminist bent"): the subject named as such, in a
 * sentence that judges the film or not.
 */
function namesWhatTheFilmSays(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  const word = tokens[hit.last]!;
  const next = tokens[hit.last + 1];
  return (word.pos === "ADJ" || word.pos === "NOUN") && next !== undefined && THEMATIC_NOUNS.has(next.normal) && !hit.framedOnly;
}

// "being a Muslim in America", "a Puritan family": words always capitalized name the theme, not a person or a work.
const PROPER_WORDS = new Set(themeSenses.properWords);
const OPENING = new Set([...QUOTES, ":", "(", "[", "—", "–", "-"]);

/**
 * A single theme word written with a capital inside the sentence, though the taxonomy writes it in
 * lowercase: a name, a title or a label ("What Doesn't Work:", "Anger (Lewis Black)", "20 Feet
 * from Stardom"), not the common word. A word after an opening quote, a colon or a bracket may
 * start a sentence of its own and is read as usual.
 */
function capitalizedInside(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  if (PROPER_WORDS.has(tokens[hit.first]!.normal)) return false;
  return hit.first > 0 && /^\p{Lu}\p{Ll}/u.test(tokens[hit.first]!.text) && !OPENING.has(tokens[hit.first - 1]!.text);
}

/**
 * A theme word inside brackets that also hold a name: a credit ("(HBO's Silicon Valley)", "(Bridget
 * Moynahan, in flashbacks)") says who plays a part or what else they made, not what the film is about.
 */
function inCredit(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  let open = -1;
  for (let i = hit.first - 1; i >= 0 && open < 0; i--) {
    if (tokens[i]!.text === ")") return false;
    if (tokens[i]!.text === "(") open = i;
  }
  if (open < 0) return false;
  for (let i = open + 1; i < tokens.length && tokens[i]!.text !== ")"; i++) {
    if ((i < hit.first || i > hit.last) && tokens[i]!.pos === "PROPN") return true;
  }
  return false;
}

const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"]);
const PARTS = new Set(themeSenses.castingNouns);

/**
 * A theme word in the noun phrase an actor plays or that names a part: "playing a cowboy",
 * "played older brother Robert", "the best friend role". It says who a character is, in a sentence
 * on casting; what happens to the character ("plays a man who loses his hearing") is outside the
 * noun phrase and still counts.
 */
function describesCasting(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  let k = hit.first - 1;
  while (k >= 0 && NOUN_PHRASE_POS.has(tokens[k]!.pos) && !PARTS.has(tokens[k]!.lemma)) k--;
  if (k >= 0 && tokens[k]!.lemma === "play" && tokens[k]!.pos === "VERB") return true;
  k = hit.last + 1;
  while (k < tokens.length && (tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "ADJ") && !PARTS.has(tokens[k]!.lemma)) k++;
  return k > hit.last && k < tokens.length && PARTS.has(tokens[k]!.lemma) && tokens[k]!.pos === "NOUN";
}

/**
 * A theme noun heading the subject of a judging predicate names a part of the film that the critic
 * judges, not a subject of the story: "The airport heist is a slick piece of work", "this selfie
 * falls flat" (the film called by a word of its story); not a subject that names a character or a
 * person ("the sneering reporter (Tom Vale) is hateful"). Judging: a word of the critics' lexicon in
 * the predicate ("slick", "flat"); a general word or a verb that may be literal ("has just moved
 * from Minnesota") is not enough. A framed word ("the grief is handled with care") was counted
 * before this.
 */
function judgedSubject(hit: ThemeHit, names: ReadonlySet<number> | undefined): boolean {
  const { tokens } = hit.sentence;
  for (const p of predications(tokens)) {
    // The head of the subject: the hit ends it, or only one word follows ("the heist sequence").
    if (!inSubjectCore(p, hit.first) || p.subjectLast - hit.last > 1) continue;
    // A subject that names someone ("the sneering TV reporter (Tom Vale)") is a character the critic judges.
    if (names && [...names].some((i) => i > hit.last && i < p.verb)) continue;
    // "A suburban town is terrorized by a series of grisly murders": a passive tells what befalls it.
    if (passive(tokens, p.verb, p.last)) continue;
    for (let i = p.verb; i <= p.last; i++) {
      const t = tokens[i]!;
      const valence = wordValence(t.normal, t.lemma, true);
      if (valence.critical && valence.value !== 0) return true;
    }
  }
  return false;
}

/** A passive predicate from `verb`: a form of "be" or "get", adverbs, a past participle, and "by" later in the clause. */
function passive(tokens: Token[], verb: number, last: number): boolean {
  if (tokens[verb]!.lemma !== "be" && tokens[verb]!.lemma !== "get") return false;
  let k = verb + 1;
  while (k <= last && tokens[k]!.pos === "ADV") k++;
  const participle = tokens[k];
  if (participle?.pos !== "VERB" || !/ed$|en$/u.test(participle.normal)) return false;
  return tokens.slice(k + 1, last + 1).some((t) => t.normal === "by");
}

const VIEWERS = new Set(["i", "you", "we", "viewer", "viewers", "audience", "audiences", "moviegoer", "moviegoers", "filmgoer", "filmgoers"]);
const VIEWERS_POSSESSIVES = new Set(["my", "your", "our"]);
const OTHERS_POSSESSIVES = new Set(["his", "her", "their", "its", "'s", "’s"]);
const CLAUSE_OPENERS = new Set(["that", "who", "whom", "which", "how", "what", "when", "where", "why", "while", "as", "because", "if"]);
// Verbs that carry the viewer's feeling after "to": "come to love", "grow to admire", "learn to fear".
const CATENATIVES = new Set(["come", "grow", "learn"]);

/**
 * A theme word for the critic's or the viewer's own feeling, not the story's: after "my", "your",
 * "our" ("my very real hope is ..."), or the verb or object of a clause whose subject is "I",
 * "you", "we" or the audience ("the best you can hope for", "you can feel a real camaraderie with
 * the soldiers", "I enjoy the faces of disappointed children"). What the viewer feels of a
 * character's ("you feel his grief") or sees happen in a clause of its own ("you watch a man lose
 * his hearing") is the story's. The audience of a forecast ("small children will adore it") is the viewers too.
 */
function theViewersOwn(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  if (forecastAudience(tokens, hit.last)) return true;
  let k = hit.first - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "ADV")) k--;
  if (VIEWERS_POSSESSIVES.has(tokens[k]?.normal ?? "")) return true;
  // "a lodger that you will come to love", "we learn to fear": the viewer comes to feel it.
  if (tokens[hit.first]!.pos === "VERB" && tokens[hit.first - 1]?.normal === "to" && CATENATIVES.has(tokens[hit.first - 2]?.lemma ?? "")) {
    let v = hit.first - 3;
    while (v >= 0 && (tokens[v]!.pos === "AUX" || tokens[v]!.pos === "ADV")) v--;
    if (VIEWERS.has(tokens[v]?.normal ?? "")) return true;
  }
  return predications(tokens).some((p) => {
    if (!VIEWERS.has(tokens[p.subjectLast]!.normal) || hit.first < p.verb || hit.last > p.last) return false;
    const between = tokens.slice(p.verb, hit.first);
    if (between.some((t) => t.pos === "PUNCT" || t.pos === "SCONJ" || CLAUSE_OPENERS.has(t.normal) || OTHERS_POSSESSIVES.has(t.normal) || t.pos === "PROPN")) return false;
    const verbs = between.filter((t) => t.pos === "VERB").length;
    return tokens[hit.first]!.pos === "VERB" ? verbs === 0 : verbs <= 1;
  });
}

let otherWorks: PhraseMatcher<true> | undefined;
const SEGMENT_BREAKS = new Set([",", ";", ":", "—", "–", "(", ")"]);

/**
 * A theme word in the same stretch (between commas, dashes, brackets) as words that point at
 * another film ("the teenager who saved the world in the first film", "McQueen, the racer of the
 * first film,"): it tells that film's story, not this one's (`otherWorks`).
 */
function aboutAnotherWork(hit: ThemeHit, filmYear: number | null): boolean {
  if (!otherWorks) {
    otherWorks = new PhraseMatcher();
    for (const p of themeSenses.otherWorks) otherWorks.add(p, true);
  }
  const { tokens } = hit.sentence;
  if (datedElsewhere(tokens, hit, filmYear) || filmsInGeneral(tokens, hit)) return true;
  return otherWorks.find(tokens).some((m) => {
    const [from, to] = m.last < hit.first ? [m.last + 1, hit.first - 1] : [hit.last + 1, m.first - 1];
    for (let i = from; i <= to; i++) if (SEGMENT_BREAKS.has(tokens[i]!.text)) return false;
    return true;
  });
}

const WORK_SENSES = new Set(themeSenses.workSenses);
const NOUN_SENSES = new Set(themeSenses.nounSenses);
const WORKS = new Set(themeSenses.works);

/**
 * A theme adjective said of the work itself, where it judges: "a story so much richer", "a rich
 * film", "a poor script" (the film or its story is rich in content, nobody in it is wealthy). The
 * noun is the one the adjective belongs to: before it across adverbs and determiners, or after it.
 */
function judgesTheWork(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  const word = tokens[hit.first]!;
  if (hit.first !== hit.last || !(WORK_SENSES.has(word.normal) || WORK_SENSES.has(word.lemma))) return false;
  let k = hit.first - 1;
  while (k >= 0 && hit.first - k <= 4 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "DET" || tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "AUX")) k--;
  if (k >= 0 && WORKS.has(tokens[k]!.lemma)) return true;
  k = hit.last + 1;
  while (k < tokens.length && tokens[k]!.pos === "ADJ") k++;
  if (k < tokens.length && WORKS.has(tokens[k]!.lemma)) return true;
  // "a poor rip-off", "a poor substitute", "rich visuals": before a noun of no one's lot (not "poor
  // families", "a rich man", "poor Tom"), the adjective grades the thing.
  // The head of a compound ("a poor lumberyard worker"); a "noun" before a determiner is a verb
  // the tagger misread ("the poor fight the poor").
  while (compoundGoesOn(tokens, k)) k++;
  const noun = tokens[k];
  if (noun === undefined || noun.pos !== "NOUN" || tokens[k + 1]?.pos === "DET") return false;
  // "a poor tailor's son": an owner is someone, and the word tells their lot.
  if (POSSESSIVE_MARKS.has(tokens[k + 1]?.text ?? "")) return false;
  return !PEOPLE_AND_PLACES.has(noun.lemma) && !PEOPLE_AND_PLACES.has(noun.normal);
}

const POSSESSIVE_MARKS = new Set(["'s", "’s", "'", "’"]);
const GRADING_COPULAS = new Set(["be", "seem", "feel", "look", "become", "remain", "prove"]);
const THINGS_PRONOUNS = new Set(["it", "this", "that", "everything", "all"]);

/**
 * Whether a theme hit is a word that grades rather than names a subject: a wealth word said of the
 * work or of a thing ("a poor script", "poor pacing", "the acting is poor", "it is poor"), not of a
 * person's lot ("poor families", "they are poor"). Such a word keeps its valence.
 */
export function gradesAThing(hit: ThemeHit): boolean {
  if (judgesTheWork(hit)) return true;
  const { tokens } = hit.sentence;
  const word = tokens[hit.first]!;
  if (hit.first !== hit.last || !(WORK_SENSES.has(word.normal) || WORK_SENSES.has(word.lemma))) return false;
  let k = hit.first - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  if (!GRADING_COPULAS.has(tokens[k]?.lemma ?? "")) return false;
  k--;
  while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX" || tokens[k]!.pos === "PART")) k--;
  const subject = tokens[k];
  if (!subject) return false;
  if (subject.pos === "PRON") return THINGS_PRONOUNS.has(subject.normal);
  return subject.pos === "NOUN" && !PEOPLE_AND_PLACES.has(subject.lemma) && !PEOPLE_AND_PLACES.has(subject.normal);
}

/** Whether the noun at `k` modifies a noun after it ("lumberyard worker"); not one before a determiner, a verb the tagger misread ("his son drives the film"). */
const compoundGoesOn = (tokens: Token[], k: number) => tokens[k]?.pos === "NOUN" && tokens[k + 1]?.pos === "NOUN" && tokens[k + 2]?.pos !== "DET";

const AFFECTIONS = new Set(["love", "passion", "affection", "fondness"]);
const BEFORE_THE_LOVED = new Set(["DET", "ADJ", "PRON", "NUM"]);

/**
 * "the industry's love for remakes", "a passion for old cars": a liking for things, not the theme
 * of love ("his love for his son", "her love for Hanne" is).
 */
function lovesAThing(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  if (hit.first !== hit.last || !AFFECTIONS.has(tokens[hit.first]!.lemma) || tokens[hit.first]!.pos !== "NOUN") return false;
  if (tokens[hit.first + 1]?.normal !== "for" && tokens[hit.first + 1]?.normal !== "of") return false;
  let k = hit.first + 2;
  while (BEFORE_THE_LOVED.has(tokens[k]?.pos ?? "")) k++;
  while (compoundGoesOn(tokens, k)) k++;
  const loved = tokens[k];
  // "a love for the ages": a love story, however long.
  return loved !== undefined && loved.pos === "NOUN" && loved.normal !== "ages" && !PEOPLE_AND_PLACES.has(loved.lemma) && !PEOPLE_AND_PLACES.has(loved.normal);
}

const PEOPLE_AND_PLACES = new Set([...themeSenses.livelihoodNouns, ...personNouns, ...groupNouns, ...relationNouns, ...occupationNouns]);

const YEAR = /^(?:19|20)\d\d$/u;

/**
 * "a warmer road trip of the heart in “Sideways” (2004)": a theme word before a year in brackets
 * other than the film's own, in the same stretch between commas, tells the story of the work so dated.
 */
function datedElsewhere(tokens: Token[], hit: ThemeHit, filmYear: number | null): boolean {
  for (let k = hit.last + 1; k < tokens.length && tokens[k]!.text !== "," && tokens[k]!.text !== ";"; k++) {
    if (tokens[k]!.text === "(" && YEAR.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.text === ")") return Number(tokens[k + 1]!.text) !== filmYear;
  }
  // "What made the 1962 version work was its dread of the keeper's watching": a work dated another
  // year ("the 1962 version", "a 2009 film") in the same stretch tells that work's story.
  let from = hit.first;
  while (from > 0 && !SEGMENT_BREAKS.has(tokens[from - 1]!.text)) from--;
  let to = hit.last;
  while (to + 1 < tokens.length && !SEGMENT_BREAKS.has(tokens[to + 1]!.text)) to++;
  for (let k = from; k < to; k++) {
    if (YEAR.test(tokens[k]!.text) && Number(tokens[k]!.text) !== filmYear && DATED_WORKS.has(tokens[k + 1]!.lemma)) return true;
  }
  return false;
}
// What a year before it dates as a work: "the 1962 version", "a 2009 film", "the 1960 original".
const DATED_WORKS = new Set(["version", "original", "film", "movie", "remake", "adaptation", "classic", "picture"]);

const GENERAL_FILM_WORDS = new Set(["films", "movies", "pictures", "dramas", "comedies", "thrillers", "documentaries", "stories", "tales"]);

/**
 * "Animated movies about snowbound singing sisters are fantastic and all": what films in general
 * are about (a plural film word with no determiner, then "about"), not this one.
 */
function filmsInGeneral(tokens: Token[], hit: ThemeHit): boolean {
  for (let k = hit.first - 1; k >= 1 && hit.first - k <= FRAME_REACH; k--) {
    if (tokens[k]!.normal !== "about" || !GENERAL_FILM_WORDS.has(tokens[k - 1]!.normal)) continue;
    let d = k - 2;
    while (d >= 0 && tokens[d]!.pos === "ADJ") d--;
    return d < 0 || !["DET", "PRON", "NUM", "PART"].includes(tokens[d]!.pos);
  }
  return false;
}

// Themes of a kind of place: named as where a scene is, the place is the setting, not the subject.
const SETTING_THEMES = new Set(["rural-life", "urban-life"]);
const LOCATIVES = new Set(["in", "on", "at", "to", "near", "into", "across", "through", "from", "outside", "around"]);
const PLACE_MODIFIERS = new Set(["DET", "ADJ", "PROPN", "NUM"]);

/**
 * "an old cottage in the countryside", "a last stand in the Danish countryside": a single word of a
 * place's theme after a preposition of place (across determiners, adjectives and names) tells where
 * the story is, not what it is about ("a film about rural life", "the farm is failing" still count).
 */
function namesTheSetting(hit: ThemeHit): boolean {
  if (hit.phrase || hit.first !== hit.last || !SETTING_THEMES.has(hit.themeId)) return false;
  const { tokens } = hit.sentence;
  let k = hit.first - 1;
  while (k >= 0 && PLACE_MODIFIERS.has(tokens[k]!.pos) && !LOCATIVES.has(tokens[k]!.normal)) k--;
  return k >= 0 && LOCATIVES.has(tokens[k]!.normal);
}

const FEELING_REACH = 16;

/**
 * "makes the movie feel horribly dated, woefully small in scale, and still ashamed and afraid to
 * embrace its comic book roots": a theme adjective said of the work after a copula ("the film is",
 * "the movie feels") judges the work; nobody in the story is ashamed.
 */
function feltByTheWork(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  if (hit.first !== hit.last || tokens[hit.first]!.pos !== "ADJ") return false;
  // "the film is about the powerful": an adjective after "the" names people; it says nothing of the work.
  if (tokens[hit.first - 1]?.normal === "the") return false;
  for (let k = hit.first - 1; k > 0 && hit.first - k <= FEELING_REACH; k--) {
    const t = tokens[k]!;
    if (t.text === ";" || t.text === ":" || t.text === "—" || t.pos === "SCONJ") return false;
    if (COPULAS.has(t.lemma)) return WORKS.has(tokens[k - 1]!.lemma);
  }
  return false;
}

const RELATIONS = new Set(themeSenses.relations);
// What a relation has come to, which makes it the story rather than an introduction.
const RELATION_STATES = new Set(themeSenses.relationStates);
const POSSESSIVES = new Set(["his", "her", "their", "its", "my", "our", "your", "whose", "'s", "’s", "'", "’"]);

/**
 * A noun of kinship or relation that says who a character is to another: after a possessive ("his
 * wife", "Nick's sardonic twin sister") or before the character's name ("her son Peter", "his
 * girlfriend (Mara Quill)"). Said once, it introduces a character; the theme (marriage,
 * parenthood) is counted where the review names it again, frames it, or tells an event of the
 * story done to or by the relative ("whose daughter goes missing").
 */
function namesARelation(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  const head = tokens[hit.last]!;
  if (!RELATIONS.has(head.lemma) && !RELATIONS.has(head.normal)) return false;
  let k = hit.first - 1;
  // "his estranged wife", "his long-lost son": the relation itself is the story.
  if (RELATION_STATES.has(tokens[hit.first]!.normal)) return false;
  while (k >= 0 && (tokens[k]!.pos === "ADJ" || tokens[k]!.pos === "NOUN" || tokens[k]!.pos === "ADV" || tokens[k]!.text === "-") && !POSSESSIVES.has(tokens[k]!.normal)) {
    if (RELATION_STATES.has(tokens[k]!.normal)) return false;
    k--;
  }
  if (k >= 0 && POSSESSIVES.has(tokens[k]!.normal)) return true;
  let next = hit.last + 1;
  if (tokens[next]?.text === "," || tokens[next]?.text === "(") next++;
  return tokens[next]?.pos === "PROPN";
}

/** "his ten-year-old daughter", "their elderly mother": the theme's words between a possessive and a noun of relation. */
function beforeAnOwnedRelation(hit: ThemeHit): boolean {
  const { tokens } = hit.sentence;
  const next = tokens[hit.last + 1];
  return next !== undefined && (RELATIONS.has(next.lemma) || RELATIONS.has(next.normal)) && POSSESSIVES.has(tokens[hit.first - 1]?.normal ?? "");
}

let occupations: PhraseMatcher<true> | undefined;
/** Whether the theme word or phrase is, ends in, or comes right before a noun of occupation (theme-senses.json occupations). */
function namesAnOccupation(hit: ThemeHit): boolean {
  if (!occupations) {
    occupations = new PhraseMatcher();
    for (const o of themeSenses.occupations) occupations.add(o, true);
  }
  // "a high school teacher": the theme's words modify the occupation after them.
  return occupations.find(hit.sentence.tokens).some((m) => m.last === hit.last || (m.first >= hit.first && m.last <= hit.last) || m.first === hit.last + 1);
}

// In how many sentences a word that needs a frame must be found unframed to be a subject anyway
// ("murder" in four sentences of a review of a murder mystery).
const REPEATED_SUBJECT_SENTENCES = 3;

// How near a frame must end before a theme word for the word to be what it frames ("a film about a factory
// worker", "a portrayal of a harbour town where work has vanished").
const FRAME_REACH = 6;
const FRAMING_PREPOSITIONS = new Set(["of", "about", "on", "for"]);
// What ends a framed phrase; a comma does not ("a film about grief, class and the families we choose").
const FRAME_BREAKS = new Set([";", ":", "—", "–", "(", ")"]);
/** Whether one of the sentence's frame cues (`frames`) ends just before the theme word, within FRAME_REACH tokens and no FRAME_BREAKS. */
function closelyFramed(hit: ThemeHit, frames: readonly { first: number; last: number }[] = frameCues().find(hit.sentence.tokens)): boolean {
  const { tokens } = hit.sentence;
  return frames.some((m) => {
    if (m.last >= hit.first || hit.first - m.last > FRAME_REACH || tokens.slice(m.last + 1, hit.first).some((t) => FRAME_BREAKS.has(t.text))) return false;
    // A noun frames what its "of", "about", "on" or "for" names ("a story about friends", "an elegy for home"), not
    // what follows it otherwise ("the story follows Pia, a stage actor").
    return tokens[m.last]!.pos !== "NOUN" || FRAMING_PREPOSITIONS.has(tokens[m.last + 1]?.normal ?? "");
  });
}

/** What the rest of the analysis knows of each sentence (keyed by sentence index). */
export interface ThemeSentenceContext {
  /** Tokens of the aspect cues a sentence judges ("the music is overbearing"). */
  craftTokens?: ReadonlyMap<number, ReadonlySet<number>>;
  /** Sentences that name a character: they tell the story. */
  storySentences?: ReadonlySet<number>;
  /** Tokens of words that name a craft, judged or not ("the music trundles away"). */
  craftNames?: ReadonlyMap<number, ReadonlySet<number>>;
  /** Sentences that name a credited person (an actor, the director). */
  peopleSentences?: ReadonlySet<number>;
  /** Tokens of the names a sentence links or leaves unresolved. */
  nameTokens?: ReadonlyMap<number, ReadonlySet<number>>;
  /** Tokens of an apposition after a director's or writer's name: who they are, not the story. */
  crewDescriptions?: ReadonlyMap<number, ReadonlySet<number>>;
  /** The film's year: a bracketed other year dates another work. */
  filmYear?: number | null;
}

/**
 * The themes a review discusses (from the hits of findThemeHits). A phrase ("loses his hearing")
 * is enough. A single word counts where the sentence tells the story ("a troubled marriage", "his
 * grief"), unless the word names a craft the sentence judges ("the music is overbearing"), names a
 * character, or modifies another noun. A word whose everyday sense is not the theme ("time",
 * "work", "a cop") only counts where the sentence frames it as a subject ("a film about time").
 */
export function discussedThemes(sentences: AnalysedSentence[], allHits: ThemeHit[], context: ThemeSentenceContext = {}): ThemeLink[] {
  const {
    craftTokens = new Map<number, ReadonlySet<number>>(),
    storySentences = new Set<number>(),
    craftNames = new Map<number, ReadonlySet<number>>(),
    peopleSentences = new Set<number>(),
    nameTokens = new Map<number, ReadonlySet<number>>(),
    crewDescriptions = new Map<number, ReadonlySet<number>>(),
    filmYear = null,
  } = context;
  // "the music is overbearing" judges the score; it does not make music a theme. In "the friendship
  // story gets lost" the story is judged, and friendship, before it, is what it is about.
  const namesTheCraft = (h: ThemeHit) => {
    if (namesAStrand(h)) return false;
    const cue = craftTokens.get(h.sentence.index);
    const next = h.sentence.tokens[h.last + 1];
    return cue?.has(h.first) === true && !(next?.pos === "NOUN" && cue.has(h.last + 1) && KIND_NOUNS.has(next.lemma));
  };
  // "the evil witch-queen Lamia", "loyal fans": an adjective of a person says who they are; it is
  // still the story's word, not the critic's (no valence). A person's lot ("a rich family", "the
  // poor families") is the story's subject. wink tags a sentence's capitalized first word a proper
  // noun ("Loyal fans will be let down").
  const adjectiveAt = (tokens: Token[], i: number) => tokens[i]!.pos === "ADJ" || (i === 0 && tokens[i]!.pos === "PROPN");
  const ofAPerson = (h: ThemeHit) =>
    !h.phrase && h.first === h.last && !LOT_THEMES.has(h.themeId) && adjectiveAt(h.sentence.tokens, h.first) && describesAPerson(h.sentence.tokens, h.last);
  const hits = allHits.filter((h) => (h.phrase || namesWhatTheFilmSays(h) || !namesTheCraft(h)) && !ofAPerson(h) && !aYoungAge(h));
  const frameMatches = new Map<number, readonly { first: number; last: number }[]>();
  const isFramed = (hit: ThemeHit) => {
    const { sentence } = hit;
    if (!frameMatches.has(sentence.index)) frameMatches.set(sentence.index, frameCues().find(sentence.tokens));
    return frameMatches.get(sentence.index)!.length > 0;
  };
  const byTheme = new Map<string, ThemeHit[]>();
  for (const hit of hits) byTheme.set(hit.themeId, [...(byTheme.get(hit.themeId) ?? []), hit]);
  const links: ThemeLink[] = [];
  for (const [themeId, themeHits] of byTheme) {
    const sentencesHit = new Set(themeHits.map((h) => h.sentence.index));
    // Words that count only where framed, found unframed: said in enough sentences, they are a subject anyway.
    const unframed: ThemeHit[] = [];
    const basisOf = (h: ThemeHit): ThemeBasis | undefined => {
      if (headline(h.sentence, sentences)) return undefined;
      if (h.first === h.last && capitalizedInside(h)) return undefined;
      if (inCredit(h) || describesCasting(h)) return undefined;
      if (aboutAnotherWork(h, filmYear)) return undefined;
      // "Christopher Nolan – a director fascinated with dissecting the human condition –".
      if (crewDescriptions.get(h.sentence.index)?.has(h.first)) return undefined;
      // "closer to a parable", "a fairy tale about whether ...": the kind of story the film is, not its subject.
      if (namesAKindOfStory(h) && !(isFramed(h) && closelyFramed(h, frameMatches.get(h.sentence.index)))) return undefined;
      // "you can feel a real camaraderie": the viewer's verb frames nothing; "I loved this film about grief" still frames.
      if (theViewersOwn(h) && !(isFramed(h) && closelyFramed(h, frameMatches.get(h.sentence.index)!.filter((m) => h.sentence.tokens[m.last]!.pos !== "VERB")))) return undefined;
      if (h.phrase) return "phrase";
      // "Their romance never catches fire": the strand is judged, and the story has it.
      if (namesAStrand(h)) return "story";
      if (namesWhatTheFilmSays(h)) return "framed";
      if (judgesTheWork(h) || feltByTheWork(h) || lovesAThing(h)) return undefined;
      if (namesTheSetting(h)) return undefined;
      const index = h.sentence.index;
      if (!storySentences.has(index) && craftNames.get(index)?.has(h.first)) return undefined;
      if (modifiesNoun(h)) return undefined;
      // A word whose everyday sense is not the theme ("friends", "battle", "kids") counts only as what a frame frames.
      if (isFramed(h)) return !h.framedOnly || closelyFramed(h, frameMatches.get(h.sentence.index)) ? "framed" : undefined;
      if (judgedSubject(h, nameTokens.get(index))) return undefined;
      if (h.framedOnly && !ownedByACharacter(h) && !livesOfAGroup(h) && !listedWithATheme(h, hits)) {
        unframed.push(h);
        return undefined;
      }
      if (aboutTheStory(h, storySentences, craftTokens)) return "story";
      // "Janelle Monáe, as Juan's girlfriend Teresa, ...": a word that tells who a character is, in a sentence on casting.
      if (peopleSentences.has(index) && storySentences.has(index)) return undefined;
      const craft = !storySentences.has(index) && judgesCraft(craftTokens.get(index), craftNames.get(index));
      // "The coming-of-age road movie is beautifully directed": the kind of film the words make is its subject, judged or not.
      if (craft && kindOfFilmBefore(h) && storyWord(h, nameTokens.get(index), false)) return "word";
      return storyWord(h, nameTokens.get(index), craft) ? "word" : undefined;
    };
    const read = themeHits.flatMap((h) => {
      const basis = basisOf(h);
      return basis ? [{ hit: h, basis }] : [];
    });
    const repeated = new Set(unframed.map((h) => h.sentence.index)).size >= REPEATED_SUBJECT_SENTENCES;
    const counted = read.length > 0 || !repeated ? read : unframed.map((hit) => ({ hit, basis: "word" as const }));
    if (counted.length === 0) continue;
    // "with his wife", "her son Peter", "his best friend's wedding": said once and not as what an
    // event of the story befalls, a kinship word or phrase tells who a character is to another.
    if (counted.length === 1 && (counted[0]!.basis === "word" || counted[0]!.basis === "phrase") && namesARelation(counted[0]!.hit)) continue;
    // "a poor lumberyard worker", "an economics professor": said once, an occupation tells who a character is.
    // In one sentence "a high school teacher" is one occupation, though two entries find it.
    const oneSentence = new Set(counted.map((c) => c.hit.sentence.index)).size === 1;
    // "his ten-year-old daughter": words of a theme before a relation, after a possessive, introduce a character too.
    if (oneSentence && counted.every((c) => (namesAnOccupation(c.hit) || beforeAnOwnedRelation(c.hit)) && !closelyFramed(c.hit, frameMatches.get(c.hit.sentence.index)))) continue;
    const best = counted.reduce((a, b) => (BASIS_RANK[b.basis] < BASIS_RANK[a.basis] ? b : a));
    const strongest = best.hit;
    const earliest = Math.min(...counted.map((c) => c.hit.sentence.index));
    // More sentences, a phrase rather than a word, and an early mention all make a theme more central.
    const salience =
      0.3 + 0.15 * Math.min(sentencesHit.size, 3) + (strongest.phrase ? 0.15 : 0) + (earliest < sentences.length / 3 ? 0.1 : 0);
    links.push({ themeId, salience: Math.min(1, Math.round(salience * 100) / 100), sentence: strongest.sentence, basis: best.basis, hits: counted.length, hit: strongest });
  }
  return links.sort((a, b) => b.salience - a.salience || a.sentence.index - b.sentence.index);
}
