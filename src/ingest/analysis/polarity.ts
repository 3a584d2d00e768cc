import type { Polarity } from "../../graph/review-writes";
import type { Clause } from "./clauses";
import { criticismLexicon, entriesValence, isJudgingVerb, wordValence, type WordValence } from "./lexicon";
import { tokenFacts } from "./vocabulary";
import { PhraseMatcher } from "./phrase-matcher";
import type { Token } from "./tokens";
import { unmatchedLikeness, unrealizedQualities } from "./unrealized";
import { AVOIDING_VERBS, avoidedFaults } from "./avoided-faults";
import { dispelledDoubt } from "./dispelled-doubts";
import { scarceGoods } from "./scarce-goods";
import { harmedQualities } from "./harmed-qualities";
import { depictedContent } from "./depicted-content";
import { TITLE_LEMMA } from "./title-mask";
import { feelingBetweenCharacters, labourInTheStory } from "./judging-verbs-in-the-story";

export interface Valence {
  positive: number;
  negative: number;
}

export interface ScoreOptions {
  /** The words judge the making of the film (an aspect, a performance): "harrowing" is praise. */
  aboutCraft: boolean;
  /** Token indexes that carry no judgement here (the story's subjects: "grief", "addiction"). */
  subjects?: ReadonlySet<number>;
  /** The film's genres and those the review names: "chilling" praises a horror film. */
  genres?: ReadonlySet<string>;
  /** Token indexes whose judgement belongs to something else (an adjective of another noun). */
  elsewhere?: ReadonlySet<number>;
  /** Judging a craft: the story's events ("died", "banned") say nothing of it. */
  craftOnly?: boolean;
}

// VADER's constants: a negated word keeps 74% of its strength with the opposite sign; a booster adds ~30%.
const NEGATION_SCALAR = -0.74;
// A doubt dispelled praises what was doubted about as much as "good" does (AFINN-165 scale).
const DISPELLED_DOUBT_VALENCE = 2;
// "Nobody plays a drifter like Venn": as strong as "nobody does it better".
const UNMATCHED_LIKENESS_VALENCE = 2;
/**
 * Whether "at best" bounds the praise at `at`: "is at best a mixed blessing", "at best serviceable",
 * "competent at best". Praise given as the most that can be said is a fault.
 */
function praiseAtBest(tokens: Token[], at: number): boolean {
  const atBest = (k: number) => tokens[k]?.normal === "at" && tokens[k + 1]?.normal === "best";
  if (atBest(at + 1)) return true;
  // "At best, the film is a pleasant diversion": the whole clause.
  if (atBest(0) && tokens[2]?.text === "," && !tokens.slice(3, at).some((t) => t.text === ";" || t.normal === "but")) return true;
  for (let k = at - 2; k >= Math.max(0, at - 5); k--) {
    if (atBest(k)) return tokens.slice(k + 2, at).every((t) => t.pos === "DET" || t.pos === "ADJ" || t.pos === "ADV");
  }
  return false;
}

// "the supposedly tender moments": praise the critic attributes to others and doubts, as scare quotes do.
const IRONIC_HEDGES = new Set(["supposedly", "allegedly", "ostensibly", "purportedly", "so-called"]);
const BOOST = 1.3;
// A hedged judgement ("drags a little", "slightly stretched") is softer but keeps its direction.
const HEDGE = 0.7;
// Critics name the story's content with nouns ("panic", "war"); general-lexicon nouns count little.
const NOUN_WEIGHT = 0.25;
// "Too" before a judging word turns it into excess ("leans too hard", "too neat", "too sweet").
const EXCESS = -1.3;
// "lets the scenes breathe", "room to breathe": critics' praise of unhurried craft, as strong as a
// mild praise word of VADER's ("fine" 0.8, "good" 1.9).
const ROOM_TO_BREATHE = 1.5;
const ROOM_GIVERS = new Set(["let", "lets", "letting", "allow", "allows", "allowing", "room", "space", "time"]);
// How far a negation reaches ("never feels patronizing or clichéd"), in tokens, within a clause.
const NEGATION_REACH = 5;

/** Verbs that join a subject to what is said of it ("is a stunning film", "feels like a chore"), as lemmas. */
export const COPULAS: ReadonlySet<string> = new Set(["be", "become", "remain", "seem", "feel", "prove", "look"]);
const NP_FILLER = new Set(["DET", "ADJ", "ADV", "CCONJ", "NUM"]);

// "one of", "some of": a member of the set the noun names.
const PARTITIVES = new Set(["one", "some", "many", "few"]);
/**
 * Whether token i stands in the noun phrase a copula says of its subject ("is a good choice",
 * "was a shrill delight", "is an all-time disaster"): its words judge the subject, and a judging
 * noun there is a judgement, not the story's content.
 */
export function predicateNominal(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (NP_FILLER.has(tokens[k]!.pos) || tokens[k]!.text === "," || tokens[k]!.text === "-")) k--;
  // "is one of the finest things she has done", "is among the best scenes": a part of a set said of the subject.
  if (tokens[k]?.normal === "of" && PARTITIVES.has(tokens[k - 1]?.normal ?? "")) k -= 2;
  else if (tokens[k]?.normal === "among") k--;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  // "What a disappointment this film was", "what a joy": an exclamation's noun is said of its subject too.
  for (let j = Math.max(k, 0); j < i; j++) if (exclamation(tokens, j)) return true;
  const verb = tokens[k];
  if (seemingAs(tokens, k)) return true;
  // "means him to be a broken man": an infinitive's subject is someone else.
  return verb !== undefined && (verb.pos === "AUX" || verb.pos === "VERB") && COPULAS.has(verb.lemma) && tokens[k - 1]?.normal !== "to";
}

const BELYING_VERBS = new Set(["suggest", "show", "allow", "let", "indicate", "reveal", "permit"]);
const EXECUTION_NOUNS = new Set(["treatment", "execution", "handling", "realisation", "realization"]);
// What shows the one praised: their own work here. "better than the script allows" praises the actor over another craft.
const SHOWN_WORK = new Set(["performance", "turn", "role", "part", "film", "movie", "outing", "showing", "work"]);
/**
 * "Redmayne is far more talented than this performance suggests", "she is better than this film
 * lets her show": praise of someone set above what their work here shows is a fault of that work.
 * The praise word after "more" (or a comparative in -er, "better"), "than", a noun of their work
 * (SHOWN_WORK) and a verb of showing within the next few words; or a noun of execution alone
 * ("its ideas are more interesting than its treatment of them").
 */
function beliedBy(tokens: Token[], at: number): boolean {
  const word = tokens[at]!;
  const comparative = tokens[at - 1]?.normal === "more" || word.normal === "better" || (word.normal.endsWith("er") && word.normal !== word.lemma);
  // "a better actress than ...": the noun the comparative modifies may come between.
  const than = tokens[at + 1]?.pos === "NOUN" ? at + 2 : at + 1;
  if (!comparative || tokens[than]?.normal !== "than") return false;
  let shown = false;
  for (let k = than + 1; k < Math.min(tokens.length, than + 7); k++) {
    if (tokens[k]!.pos === "PUNCT") return false;
    // "its ideas are more interesting than its treatment of them": the execution falls short, no verb needed.
    if (EXECUTION_NOUNS.has(tokens[k]!.lemma) && tokens[k]!.pos === "NOUN") return true;
    if (SHOWN_WORK.has(tokens[k]!.lemma) && tokens[k]!.pos === "NOUN") shown = true;
    else if (shown && BELYING_VERBS.has(tokens[k]!.lemma)) return true;
  }
  return false;
}

const ATTEMPTING_VERBS = new Set(["try", "aim", "attempt", "seek", "pretend", "want", "set"]);
// How far before the quality the "to" of an attempt may stand ("isn't out to pummel you with gags or dazzle you").
const ATTEMPTED_VERB_PHRASE = 10;
/**
 * Whether the praise at `at` lies in what the subject does not try, aim, set out or want to do
 * ("isn't out to dazzle you", "doesn't try to be clever"), not "doesn't even try to be funny" (a
 * fault), within one clause.
 */
function unattempted(tokens: Token[], at: number): boolean {
  for (let to = at - 1; to >= 0 && to >= at - ATTEMPTED_VERB_PHRASE; to--) {
    const t = tokens[to]!;
    if (t.pos === "PUNCT" || t.pos === "SCONJ") return false;
    if (t.normal !== "to") continue;
    let k = to - 1;
    const out = tokens[k]?.normal === "out";
    if (out) k--;
    // "isn't out to": the copula is the verb; "doesn't set out to", "isn't trying to": a verb of attempt.
    const copular = out && (tokens[k]?.lemma === "be" || (tokens[k] !== undefined && isNegator(tokens[k]!)));
    if (!copular && !ATTEMPTING_VERBS.has(tokens[k]?.lemma ?? "")) continue;
    if (!copular) k--;
    let denied = false;
    while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX" || tokens[k]!.pos === "PART")) {
      if (tokens[k]!.normal === "even") return false;
      if (isNegator(tokens[k]!)) denied = true;
      k--;
    }
    return denied;
  }
  return false;
}

const FAILING_VERBS = new Set(["fail", "forget", "neglect"]);
// How far before the praise the "to" of a failure may stand ("forgot to focus on a moving narrative").
const FAILED_VERB_PHRASE = 6;
/**
 * "fails to impress", "fails utterly to convince", "forgot to focus on a moving narrative": praise in
 * what the subject fails, forgets or neglects to do, within its verb phrase (no punctuation or
 * conjunction between). Not "never fails to" (an idiom of praise).
 */
function failedTo(tokens: Token[], at: number): boolean {
  for (let to = at - 1; to >= 0 && to >= at - FAILED_VERB_PHRASE; to--) {
    const t = tokens[to]!;
    if (t.pos === "PUNCT" || t.pos === "CCONJ" || t.pos === "SCONJ") return false;
    if (t.normal !== "to") continue;
    let k = to - 1;
    while (k >= 0 && tokens[k]!.pos === "ADV") k--;
    if (!FAILING_VERBS.has(tokens[k]?.lemma ?? "")) continue;
    const before = tokens[k - 1];
    // "never fails to", "rarely fails to": a negator before the failure makes it praise.
    return !(before !== undefined && isNegator(before));
  }
  return false;
}

const SEEMING_PARTICLES = new Set(["across", "off"]);
const STRUCK = new Set(["me", "us", "one"]);
/**
 * Whether "as" at `k` ends a verb of seeming: "comes across as", "comes off as", "strikes me as",
 * "registers as". What follows is said of the subject, as after a copula ("comes across as an
 * annoying buffoon" is "is an annoying buffoon").
 */
export function seemingAs(tokens: Token[], k: number): boolean {
  if (tokens[k]?.normal !== "as") return false;
  const before = tokens[k - 1];
  if (before === undefined) return false;
  if (SEEMING_PARTICLES.has(before.normal)) return tokens[k - 2]?.lemma === "come";
  if (STRUCK.has(before.normal)) return tokens[k - 2]?.lemma === "strike";
  return before.lemma === "register" && before.pos === "VERB";
}

const PREDICATIVE = new Map(Object.entries(criticismLexicon.predicativeValence.words));
const ATTRIBUTIVE_HEADS = new Set(["NOUN", "PROPN", "ADJ"]);
const DEGREE_BEFORE_PREDICATE = new Set(["more", "less", "too", "so", "rather", "quite", "a", "bit", "little", "all"]);
// "If that sounds dry, it is anything but": what the film sounds like is what the closing phrase denies.
const SOUNDS_LIKE: ReadonlySet<string> = new Set([...COPULAS, "sound"]);

/**
 * The valence of a word that judges only what a copula says it of ("the last act is more
 * routine", "it all feels familiar"; criticismLexicon.predicativeValence), 0 elsewhere: before a
 * noun it describes the story ("an ordinary guy", "familiar faces"), and its word alone is no
 * judgement ("his comedy routine").
 */
function predicativeValence(tokens: Token[], i: number, verbs: ReadonlySet<string> = COPULAS): number {
  const value = PREDICATIVE.get(tokens[i]!.normal) ?? PREDICATIVE.get(tokens[i]!.lemma);
  if (value === undefined || ATTRIBUTIVE_HEADS.has(tokens[i + 1]?.pos ?? "")) return 0;
  let k = i - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADV" || DEGREE_BEFORE_PREDICATE.has(tokens[k]!.normal))) k--;
  const verb = tokens[k];
  const copula = verb !== undefined && (verb.pos === "AUX" || verb.pos === "VERB") && verbs.has(verb.lemma) && tokens[k - 1]?.normal !== "to";
  return copula ? value : 0;
}

const PRAISING_ROLE_ADJECTIVES = new Set(["real", "true", "unsung"]);

/** Whether token i is a noun of a part ("hero", "villain"; criticismLexicon.roleNouns) followed by "of" and the film ("the hero of this film"), not after "real", "true" or "unsung". */
function partOfTheFilm(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "NOUN" || !(roleNouns.has(t.normal) || roleNouns.has(t.lemma)) || PRAISING_ROLE_ADJECTIVES.has(tokens[i - 1]?.normal ?? "")) return false;
  if (tokens[i + 1]?.normal !== "of") return false;
  let k = i + 2;
  while (tokens[k]?.pos === "DET") k++;
  return FILM_OBJECTS.has(tokens[k]?.normal ?? "") || FILM_OBJECTS.has(tokens[k]?.lemma ?? "");
}

const ANSWER_ENDS = new Set([",", ".", "!", "?", ";", ":", ")", "—", "–"]);
const VERB_SENSES: ReadonlySet<string> = new Set(criticismLexicon.verbSenses.words);
const OBJECT_OPENERS = new Set(["DET", "NOUN", "PROPN", "PRON", "NUM"]);
const ATTRIBUTIVE_BEFORE = new Set(["DET", "ADJ", "ADV"]);

/**
 * "has committed suicide", "forced her to marry": a participle that judges as an adjective
 * (criticismLexicon.verbSenses) used as an active verb with an object tells an event of the story.
 * Not after a determiner, an adjective or an adverb ("a committed performance", "a wholly
 * committed turn") or a form of "be" ("is committed to it"); the object opens right after it and
 * is not the film ("dragged the movie down", "rushed it").
 */
function activeVerbSense(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!VERB_SENSES.has(t.normal) || t.pos !== "VERB") return false;
  const before = tokens[i - 1];
  if (before === undefined || ATTRIBUTIVE_BEFORE.has(before.pos) || before.lemma === "be" || POSSESSIVE_PRONOUNS.has(before.normal)) return false;
  if (!OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? "")) return false;
  // "dragged the movie down": done to the film, the word judges it.
  let k = i + 1;
  while (tokens[k]?.pos === "DET" || tokens[k]?.pos === "ADJ") k++;
  return !FILM_OBJECTS.has(tokens[k]?.normal ?? "") && tokens[k]?.normal !== "it";
}
const FILM_OBJECTS: ReadonlySet<string> = new Set([...criticismLexicon.filmWords, ...criticismLexicon.workNouns, TITLE_LEMMA]);
const BODILY_SENSES: ReadonlySet<string> = new Set(criticismLexicon.bodilySenses.words);
const BODY_NOUNS: ReadonlySet<string> = new Set(criticismLexicon.bodilySenses.bodyNouns);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "my", "our", "your"]);
const PERSONAL_PRONOUNS = new Set(["he", "she", "they"]);
const AMBITION_WORDS = new Set(["content", "satisfied"]);

/** The last index of an opening "Not (quite) content/satisfied with ...," clause, or -1. */
function openingAmbition(tokens: Token[]): number {
  if (tokens[0]?.normal !== "not") return -1;
  const word = [1, 2].find((k) => AMBITION_WORDS.has(tokens[k]?.normal ?? "") && tokens[k + 1]?.normal === "with");
  if (word === undefined) return -1;
  const comma = tokens.findIndex((t, k) => k > word && t.text === ",");
  return comma < 0 ? -1 : comma;
}

const HABIT_VERBS = new Set(["love", "like", "adore"]);
const LIKING_SUBJECTS = new Set(["i", "we", "you", "'d", "’d", "would"]);

/**
 * Whether "love"/"like" at `i` tells a habit ("the film loves to tell us things", "Calloway likes to
 * linger on faces"): before "to" and a verb, after a subject that is not the critic or the reader
 * ("I love to see", "you'd love to") within the three words before.
 */
function habitOfASubject(tokens: Token[], i: number): boolean {
  if (!HABIT_VERBS.has(tokens[i]!.lemma) || tokens[i]!.pos !== "VERB" || tokens[i + 1]?.normal !== "to" || tokens[i + 2]?.pos !== "VERB") return false;
  return ![i - 1, i - 2, i - 3].some((k) => LIKING_SUBJECTS.has(tokens[k]?.normal ?? ""));
}

/** Whether the word at `i` follows "he"/"she"/"they", a form of "be" and adverbs ("he's actually tired"). */
function saidOfAPerson(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  return tokens[k]?.lemma === "be" && PERSONAL_PRONOUNS.has(tokens[k - 1]?.normal ?? "");
}

const exclamation = (tokens: Token[], k: number) => tokens[k]!.normal === "what" && (tokens[k + 1]?.normal === "a" || tokens[k + 1]?.normal === "an");

const OPENING_QUOTES = new Set(['"', "“", "‘", "'"]);
const CLOSING_QUOTES = new Set(['"', "”", "’", "'"]);
/** A lowercase word alone between quotes ("the “hilarious” insight", a "genius" plan): scare quotes. */
function scareQuoted(tokens: Token[], i: number): boolean {
  return OPENING_QUOTES.has(tokens[i - 1]?.text ?? "") && CLOSING_QUOTES.has(tokens[i + 1]?.text ?? "") && /^\p{Ll}/u.test(tokens[i]!.text);
}

/**
 * "The soundtrack is very cool": a base-form word the tagger calls a verb, after a form of "be" (and
 * adverbs), can only be an adjective said of the subject, not an event of the story.
 */
function adjectiveAfterCopula(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== "VERB" || t.normal !== t.lemma) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  return tokens[k]?.lemma === "be" && tokens[k]!.normal !== "be" && tokens[k]!.normal !== "to";
}

/** Whether token i stands in the noun phrase after "about" ("a film about war"): the subject, not a judgement. */
function aboutSubject(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (NP_FILLER.has(tokens[k]!.pos) || tokens[k]!.pos === "NOUN" || tokens[k]!.text === ",")) k--;
  return tokens[k]?.normal === "about";
}

const SUBJECT_MATTER_ENDS = new Set([";", ":", "—", "–", "but", "yet", "though", "although"]);
/**
 * What follows "is about" up to the end of its clause: "It's about letting go of the past, starting
 * over, and struggling to fit in". The subject matter, listed; a new clause with its own subject
 * after a comma (", and it is wonderful") ends it. Token indices.
 */
function subjectMatter(tokens: Token[]): Set<number> {
  const span = new Set<number>();
  const at = tokens.findIndex((t, k) => t.normal === "about" && tokens[k - 1]?.lemma === "be" && tokens[k + 1]?.normal !== "as");
  if (at < 0) return span;
  for (let k = at + 1; k < tokens.length && !SUBJECT_MATTER_ENDS.has(tokens[k]!.normal); k++) {
    const newClause = tokens[k]!.text === "," && (tokens[k + 1]?.normal === "and" ? tokens[k + 2] : tokens[k + 1])?.pos === "PRON";
    if (newClause) break;
    span.add(k);
  }
  return span;
}

const boosters = new Set(criticismLexicon.boosters);
const roleNouns = new Set(criticismLexicon.roleNouns.words);
const negators = new Set(criticismLexicon.negators);

function lazyMatcher<T>(entries: () => [string, T][]): () => PhraseMatcher<T> {
  let matcher: PhraseMatcher<T> | undefined;
  return () => {
    if (!matcher) {
      matcher = new PhraseMatcher<T>();
      for (const [phrase, value] of entries()) matcher.add(phrase, value);
    }
    return matcher;
  };
}
const craftPhrases = lazyMatcher(() => Object.entries(criticismLexicon.craftPhrases));
const hedges = lazyMatcher(() => criticismLexicon.hedges.map((h): [string, true] => [h, true]));

const isNegator = (t: Token) => negators.has(t.normal) || negators.has(t.lemma);
const negatorPhrases = new Set(criticismLexicon.negatorPhrases.words);
// "nothing short of brilliant", "little short of miraculous": emphasis, where "a bit short of memorable" denies.
const SHORT_OF_EMPHASIS = new Set(["nothing", "little", "none"]);
/** Whether tokens[k] ends a two-word phrase that denies what follows ("anything but", "far from"). */
const endsNegatorPhrase = (tokens: Token[], k: number) => k > 0 && negatorPhrases.has(`${tokens[k - 1]!.normal} ${tokens[k]!.normal}`);

/**
 * Where a negator phrase closes a clause with nothing after it ("..., but this film is anything
 * but."), or a negated auxiliary stands for the verb phrase before it ("If the story wobbles, the
 * voice cast never does", "the cast is terrific, but the film isn't"): the index of its first
 * word, or -1.
 */
export function elidedNegation(tokens: Token[]): number {
  const closes = (k: number) => k + 1 >= tokens.length || tokens[k + 1]!.pos === "PUNCT" || tokens[k + 1]!.pos === "CCONJ";
  for (let k = 1; k < tokens.length; k++) {
    if (endsNegatorPhrase(tokens, k) && (k + 1 >= tokens.length || tokens[k + 1]!.pos === "PUNCT")) return k - 1;
    const auxiliary = (w: Token | undefined) => w !== undefined && ELIDING_AUXILIARIES.has(w.lemma) && (w.pos === "AUX" || w.pos === "VERB");
    if (closes(k) && ((isNegator(tokens[k - 1]!) && auxiliary(tokens[k])) || (auxiliary(tokens[k - 1]) && isNegator(tokens[k]!)))) return k - 1;
  }
  return -1;
}
// The auxiliaries that stand for a verb phrase said before them ("never does", "isn't").
const ELIDING_AUXILIARIES = new Set(["do", "be"]);

/**
 * Whether a negation governs the word: wink's negation flag, or a negation word shortly before;
 * either way within a few words and no punctuation, so that a negation does not run to the end of
 * a long sentence ("Don't miss it: it is one of the best").
 */
function negated(tokens: Token[], i: number, from: number, praise: boolean): boolean {
  // "There is not a scene that isn't gorgeous": a denial inside the clause cancels the antecedent's.
  const relativizer = relativeClauseOfNoneAtAll(tokens, i, from);
  if (relativizer >= 0) return !negated(tokens, i, relativizer + 1, praise);
  if (deniedBySubject(tokens, i, from)) return true;
  const reach = tokens[i]!.negated ? NEGATION_REACH + 3 : NEGATION_REACH;
  const { idioms } = modifiers(tokens);
  // A negation that opens an idiom ("never stops being", "has never been better") is the idiom's.
  const inIdiom = (k: number) => [...idioms].some(([first, { last }]) => k >= first && k <= last);
  let verb = -1;
  let floor = Math.max(from, i - reach);
  for (let k = i - 1; k >= floor; k--) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" && t.text !== "-") return false;
    // "lacked even a modicum of spark or charm", "without a shred of wit": a trace of a quality is the quality, denied.
    if (TRACES.has(t.normal) && tokens[k + 1]?.normal === "of") floor = Math.max(from, floor - TRACE_PHRASE_LENGTH);
    // "Don't expect spoilers in the gorgeous title song", "there is no joy in this dreary film": the
    // negation denies the object; a phrase of place after it keeps its own sense.
    if (t.pos === "ADP" && PLACE_AFTER_OBJECT.has(t.normal) && tokens[k - 1]?.pos === "NOUN") return false;
    // "his jokes weren't funny and most of his lines were cringe-inducing": a conjunction opening a
    // clause with its own subject and verb ends the negation ("doesn't move or thrill" keeps it).
    // "without losing its wit", "never sacrifices the humour": the loss is denied, what would be lost keeps its sense;
    // "doesn't always survive the tiresome gags": what is not overcome keeps its own.
    // "never runs out of sweetness" too: always has it.
    const keepsObject = KEEPS_OBJECT.has(t.lemma) || (t.lemma === "run" && tokens[k + 1]?.normal === "out");
    if (keepsObject && [tokens[k - 1], tokens[k - 2]].some((w) => w !== undefined && isNegator(w))) return false;
    if (t.pos === "AUX" || t.pos === "VERB") verb = k;
    else if (t.pos === "CCONJ" && verb > k + 1 && tokens.slice(k + 1, verb).some((w) => NOMINAL.has(w.pos))) return false;
    // "nothing short of chilling", "no less than brilliant": emphasis, not negation; so is "not only great"
    // (but "not just another empty film" denies the fault).
    const after = tokens[k + 1]?.normal ?? "";
    if (endsNegatorPhrase(tokens, k)) return !inIdiom(k) && !(t.normal === "of" && SHORT_OF_EMPHASIS.has(tokens[k - 2]?.normal ?? ""));
    // "one of the best, if not the best": an escalation, not a negation.
    if (isNegator(t) && tokens[k - 1]?.normal === "if") return false;
    // "not without some major problems": two negations cancel; the problems are had.
    if (isNegator(t) && t.normal === "without" && tokens[k - 1] !== undefined && isNegator(tokens[k - 1]!)) return false;
    // "I have never felt so moved", "rarely this good": a degree never reached before, emphasis (VADER's "never so/this" rule).
    // Not a denied equality: "never so funny as it thinks" is "not as funny as".
    if (isNegator(t) && EMPHATIC_NEGATORS.has(t.normal) && tokens.slice(k + 1, i + 1).some((w) => DEGREE_WORDS.has(w.normal)) && !deniedEquality(tokens, i)) return false;
    // "has never been funnier", "has rarely seemed more charming": the same rule for a comparative after a perfect.
    if (isNegator(t) && EMPHATIC_NEGATORS.has(t.normal) && neverBeforeComparative(tokens, k, i)) return false;
    // "There's no denying the trip is engrossing", "nobody can deny it is moving", "no doubt": a
    // denial denied affirms what follows.
    if (isNegator(t) && deniesADenial(tokens, k, i)) return false;
    // "Plemons isn't the only standout": the quality is granted, and shared with others.
    if (isNegator(t) && after === "the" && tokens[k + 2]?.normal === "only") return false;
    // "the plot stops making sense", "the jokes cease to be funny": what stops is no longer had;
    // "never stops being gripping" denies the stopping.
    if (ceases(tokens, k)) return !inIdiom(k) && ![tokens[k - 1], tokens[k - 2]].some((w) => w !== undefined && isNegator(w));
    if (isNegator(t)) return !inIdiom(k) && !EMPHATIC_AFTER_NEGATOR.has(after) && !(praise && EMPHATIC_BEFORE_PRAISE.has(after)) && !asksRhetorically(tokens, k);
    // "little regard for period details, much less historical accuracy", "let alone": what is listed after is denied too.
    if ((t.normal === "less" && (tokens[k - 1]?.normal === "much" || tokens[k - 1]?.normal === "still") && tokens[k - 2]?.text === ",") || (t.normal === "alone" && tokens[k - 1]?.normal === "let")) return true;
    // "nothing fun happens or anything worthy": "or any..." carries an earlier negation on.
    if (ANY.has(t.normal) && (tokens[k - 1]?.normal === "or" || tokens[k - 1]?.normal === "nor") && tokens.slice(from, k - 1).some(isNegator)) return !inIdiom(k);
  }
  return false;
}

// A subject that says how little of the film: "Not a lot of it comes off", "Little of this lands".
const SCANT_SUBJECTS = [["not", "a", "lot"], ["not", "much"], ["not", "many"], ["very", "little"], ["precious", "little"], ["little"], ["very", "few"], ["few"]];
const AFTER_SCANT_SUBJECT = new Set(["in", "of", "about"]);
const SCANT_SUBJECT_REACH = 10;

/**
 * Whether the word at i is said in a clause whose subject is a scant amount ("Not a lot of the
 * film comes off", "Little of it lands", "few of the jokes are funny"): what the clause says of
 * it is denied, however far the verb.
 */
function deniedBySubject(tokens: Token[], i: number, from: number): boolean {
  for (let q = Math.max(from, i - SCANT_SUBJECT_REACH); q < i; q++) {
    const opens = q === 0 || CLAUSE_OPENING_BREAKS.has(tokens[q - 1]!.text) || tokens[q - 1]!.pos === "CCONJ";
    if (!opens) continue;
    const subject = SCANT_SUBJECTS.find((p) => p.every((w, j) => tokens[q + j]?.normal === w));
    if (!subject) continue;
    const next = tokens[q + subject.length];
    if (!next || !(AFTER_SCANT_SUBJECT.has(next.normal) || next.pos === "VERB" || next.pos === "AUX")) continue;
    return q + subject.length <= i && !tokens.slice(q, i).some((t) => t.pos === "PUNCT" && t.text !== "-");
  }
  return false;
}
const CLAUSE_OPENING_BREAKS = new Set([",", ";", ":", "—", "–"]);

/** Whether the verb at k stops what follows it: "stops making sense", "stopped being funny", "ceases to amuse". */
function ceases(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!CEASING.has(t.lemma) || (t.pos !== "VERB" && t.pos !== "NOUN")) return false;
  const next = tokens[k + 1];
  // wink tags "stops" before a gerund a noun ("The plot stops making sense"), and a gerund after it
  // a noun at times ("you will have stopped caring").
  const gerund = next !== undefined && (next.pos === "VERB" || next.pos === "AUX" || (next.pos === "NOUN" && t.pos === "VERB")) && next.normal.endsWith("ing");
  return gerund || (t.pos === "VERB" && next?.normal === "to" && (tokens[k + 2]?.pos === "VERB" || tokens[k + 2]?.pos === "AUX"));
}
const CEASING = new Set(["stop", "cease"]);
// Nouns and determiners after "a good" that make it an amount ("a good deal", "a good few").
const GOOD_AMOUNTS = new Set(["deal", "while", "half", "part", "chunk", "many", "few", "bit", "portion", "third", "quarter", "dozen", "hundred", "number", "stretch"]);

/**
 * Whether the comparative at i praises other films than this one, counted ("a dozen better
 * thrillers", "countless better movies", "many funnier comedies"): "one of the better thrillers"
 * is this film, and praise.
 */
function betterOthers(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!OTHERS_COMPARATIVES.has(t.normal) || !next || !FILM_WORDS.has(next.lemma) || next.normal === next.lemma) return false;
  return tokens.slice(Math.max(0, i - 3), i).some((w) => COUNTING_OTHERS.has(w.normal));
}
const OTHERS_COMPARATIVES = new Set(["better", "finer", "superior", "stronger", "funnier", "scarier", "smarter", "sharper"]);
const COUNTING_OTHERS = new Set(["dozen", "dozens", "many", "countless", "numerous", "plenty", "several", "scores", "hundreds", "lots", "other", "umpteen", "innumerable"]);
const BETTER_OTHERS_VALENCE = 1.5;

const RELATIVIZERS = new Set(["that", "which", "who", "where"]);
const NONE_AT_ALL = new Set(["nothing", "nobody", "none", "no"]);
const RELATIVE_REACH = 8;
const ANTECEDENT_REACH = 12;

/**
 * The relativizer of the relative clause the word at i is in, where its antecedent is denied whole,
 * or -1: "There is nothing, not a single thing, about Cats that is good", "There's not a single
 * scene in the film that works", "There is no moment that feels earned". The relative clause says
 * what does not exist, however far its antecedent's negation stands and whatever apposition comes
 * between.
 */
function relativeClauseOfNoneAtAll(tokens: Token[], i: number, from: number): number {
  let r = -1;
  for (let k = i - 1; k >= Math.max(from, i - RELATIVE_REACH); k--) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT") return -1;
    if (RELATIVIZERS.has(t.normal) && (t.pos === "PRON" || t.pos === "DET" || t.pos === "SCONJ" || t.pos === "ADV")) {
      r = k;
      break;
    }
  }
  // "that is good": a relative "that" lacks its subject; "no doubt that it is brilliant" is a clause of its own.
  const next = tokens[r + 1];
  if (r >= 0 && tokens[r]!.normal !== "where" && !(next && (next.pos === "AUX" || next.pos === "VERB" || next.pos === "ADV"))) return -1;
  if (r <= from) return -1;
  // The antecedent may stand before the clause scored, across an apposition's commas ("nothing, not a single thing, about it that ...").
  for (let k = r - 1; k >= Math.max(0, r - ANTECEDENT_REACH); k--) {
    const t = tokens[k]!;
    // "There is": the existential's own verb; any other verb is a clause of its own.
    if (t.text === ";" || t.text === ":" || t.pos === "CCONJ" || t.pos === "VERB" || (t.pos === "AUX" && tokens[k - 1]?.normal !== "there")) return -1;
    // "not a single thing", "not one scene", "not any moment"; an apposition ("nothing, not a single thing,") looks further back.
    const denied = NONE_AT_ALL.has(t.normal) || ((t.normal === "not" || t.normal === "n't") && DENIED_QUANTITIES.has(tokens[k + 1]?.normal ?? ""));
    if (denied && existentialOrOpening(tokens, k)) return r;
  }
  return -1;
}
const DENIED_QUANTITIES = new Set(["a", "one", "any", "single"]);

/**
 * Whether the denied quantifier at k opens its sentence, follows an existential "there is", or is a
 * denied predicate noun ("this is not one of those occasions where it was worth the wait", "it is
 * not a film that works").
 */
function existentialOrOpening(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (j < 0) return true;
  if ((tokens[k]!.normal === "not" || tokens[k]!.normal === "n't") && tokens[j]!.lemma === "be" && tokens[j - 1]?.normal !== "there") return true;
  if (tokens[j]!.pos === "AUX") j--;
  return tokens[j]?.normal === "there";
}

/** Whether the negator at `k` denies a verb of denial or doubt before the word at `i` ("no denying", "can't deny", "no doubt"). */
function deniesADenial(tokens: Token[], k: number, i: number): boolean {
  let v = k + 1;
  while (v < i && tokens[v]!.pos === "AUX") v++;
  return v < i && DENIALS.has(tokens[v]!.lemma);
}
const TURNING = new Set(["turn", "transform", "convert", "make", "fashion", "mould", "mold", "shape", "spin", "forge", "alchemize", "alchemise"]);
const TURNING_REACH = 16;

/**
 * The words between a verb of turning and its "into" ("Stanton turns the first film's comedy
 * gimmick - Dory's memory loss - into the film's heart and soul"): what the thing was made from,
 * which judges nothing; what it is turned into keeps its sense.
 */
function turnedInto(tokens: Token[]): Set<number> {
  const from = new Set<number>();
  tokens.forEach((t, v) => {
    if (!TURNING.has(t.lemma) || t.pos !== "VERB") return;
    for (let k = v + 1; k < tokens.length && k <= v + TURNING_REACH; k++) {
      const w = tokens[k]!;
      if (w.normal === "into") {
        for (let j = v + 1; j < k; j++) from.add(j);
        return;
      }
      if (w.pos === "PUNCT" && !DASHES.has(w.text)) return;
    }
  });
  return from;
}
const DASHES = new Set(["-", "–", "—"]);
const TRACES = new Set(["modicum", "shred", "ounce", "hint", "trace", "sliver", "scrap", "iota", "speck", "jot", "whit", "glimmer", "flicker", "shadow", "semblance", "smidgen", "morsel", "grain"]);
// "even a single modicum of": the words a trace phrase adds before its quality.
const TRACE_PHRASE_LENGTH = 4;
const SURPRISE = new Set(["wow", "whoa", "woah", "gosh", "golly", "blimey", "jeez", "geez"]);
const DENIALS = new Set(["deny", "doubt", "dispute", "question"]);
const CHOSEN_ABSENCE_VERBS = new Set(["use", "need", "employ", "require"]);
const PLACE_AFTER_OBJECT = new Set(["in", "inside", "within", "during"]);

/** Whether the word at i is the quality of a denied equal comparison: "not as terrible as", "not so bad as", "nowhere near as dull as". */
function deniedEquality(tokens: Token[], i: number): boolean {
  // "not as cynically terrible as": the adverbs of the compared quality with it.
  let j = i + 1;
  while (tokens[j] && (tokens[j]!.pos === "ADV" || tokens[j]!.pos === "ADJ") && tokens[j]!.normal !== "as") j++;
  if (tokens[j]?.normal !== "as") return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV" && tokens[k]!.normal !== "as" && tokens[k]!.normal !== "so") k--;
  return tokens[k]?.normal === "as" || tokens[k]?.normal === "so";
}

// Verbs of losing, lacking or overcoming: a negation of them does not reach their object's quality.
// Verbs of avoiding too: "doesn't avoid the clichés" keeps the clichés (avoided-faults.ts reads the affirmative).
// Verbs of hiding: "barely masks poor character development" shows the fault.
// Verbs of rescuing: "can't rescue this limp comedy" leaves it limp.
const KEEPS_OBJECT = new Set([
  "lose", "sacrifice", "forfeit", "squander", "drop", "abandon", "survive", "escape", "overcome", "transcend", "outlast", "withstand", "lack",
  "mask", "hide", "conceal", "disguise", "cover", "save", "rescue", "salvage", "redeem",
  ...AVOIDING_VERBS,
]);
/**
 * Whether the negator at `k` opens a rhetorical question with the auxiliary before it ("Isn't it a
 * lovely film?", "Doesn't it drag?"): the question affirms what it asks, so nothing is denied.
 */
function asksRhetorically(tokens: Token[], k: number): boolean {
  let end = tokens.length - 1;
  while (end > 0 && (tokens[end]!.pos === "PUNCT" && tokens[end]!.text !== "?")) end--;
  if (tokens[end]?.text !== "?") return false;
  let first = 0;
  while (first < k && tokens[first]!.pos === "PUNCT") first++;
  return first === k - 1 && tokens[first]!.pos === "AUX" && (tokens[k]!.normal === "n't" || tokens[k]!.normal === "not");
}

const EMPHATIC_AFTER_NEGATOR = new Set(["less", "short", "but", "other"]);
// Hutto & Gilbert, VADER (2014), _negation_check: "never" with "so" or "this" between it and the
// word boosts the word instead of negating it; "rarely" and "seldom" (VADER's negators too) alike.
const EMPHATIC_NEGATORS = new Set(["never", "rarely", "seldom"]);
// The participles of "has never been/looked/seemed funnier".
const PERFECT_LINKING_PARTICIPLES = new Set(["been", "looked", "seemed", "sounded", "felt", "appeared"]);
const PERFECT_AUXILIARY_FORMS = new Set(["has", "have", "had", "'s", "’s", "'ve", "’ve", "'d", "’d"]);

/**
 * Whether the negator at k and the word at i read "has never been funnier", "she has rarely seemed
 * more alive": a perfect auxiliary before the negator, a linking participle right after it, then
 * the word as a comparative (in -er, or after "more"). Praise of a degree never reached before, not
 * a denial ("it never gets funnier" is one).
 */
function neverBeforeComparative(tokens: Token[], k: number, i: number): boolean {
  if (!PERFECT_AUXILIARY_FORMS.has(tokens[k - 1]?.normal ?? "") || !PERFECT_LINKING_PARTICIPLES.has(tokens[k + 1]?.normal ?? "")) return false;
  const word = tokens[i]!;
  const inflected = i === k + 2 && /(?:er)$/u.test(word.normal) && word.normal !== word.lemma;
  return inflected || (i === k + 3 && tokens[k + 2]!.normal === "more");
}
const DEGREE_WORDS = new Set(["so", "this"]);
const NOMINAL = new Set(["NOUN", "PROPN", "PRON"]);
const ANY = new Set(["any", "anything", "anyone", "anybody"]);
const EMPHATIC_BEFORE_PRAISE = new Set(["only", "just", "merely", "simply"]);

/**
 * Whether the word at i lies in the alternative a critic sets aside: after "rather than",
 * "instead of" or the "than" of a compared quality, up to the next punctuation ("felt jarring
 * rather than offering relief", "adding something new instead of merely replicating past
 * glories"). What the thing is not judges nothing; what it is does.
 */
function setAside(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k > from; k--) {
    const t = tokens[k]!;
    if (t.pos === "PUNCT" && t.text !== "-") return false;
    if ((t.normal === "than" && tokens[k - 1]?.normal === "rather") || (t.normal === "of" && tokens[k - 1]?.normal === "instead")) return true;
    if (t.normal === "than" && comparedQuality(tokens, k)) return true;
  }
  return false;
}

/**
 * Whether the "than" at k closes a comparison of a quality ("more dutiful than passionate", "less
 * scary than the suggestion"): "more"/"less", then adjectives or adverbs only. What the thing is
 * compared with judges nothing ("more than a decade" compares no quality).
 */
function comparedQuality(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (tokens[j]!.pos === "ADJ" || (tokens[j]!.pos === "ADV" && tokens[j]!.normal !== "more" && tokens[j]!.normal !== "less"))) j--;
  if (j < k - 1 && (tokens[j]?.normal === "more" || tokens[j]?.normal === "less") && tokens.slice(j + 1, k).some((t) => t.pos === "ADJ")) return true;
  // "closer to that style of short scenes than to conventional musical comedy": an inflected
  // comparative with its complement between it and "than".
  for (let c = k - 1; c >= 0 && c >= k - COMPARED_REACH; c--) {
    const t = tokens[c]!;
    if (t.pos === "PUNCT" && !QUOTES.test(t.text)) return false;
    if ((t.pos === "ADJ" || t.pos === "ADV") && ((t.normal !== t.lemma && t.normal.endsWith("er")) || IRREGULAR_COMPARATIVES.has(t.normal))) return true;
  }
  return false;
}
const IRREGULAR_COMPARATIVES = new Set(["better", "worse", "closer", "further", "farther", "nearer"]);
// How far before "than" an inflected comparative may stand, in tokens; quotation marks do not end the reach.
const COMPARED_REACH = 12;
const QUOTES = /^["“”‘’']$/;

// "no less than", "nothing less than", "never less than": emphasis, not a lowering.
const EMPHATIC_BEFORE_LESS = new Set(["no", "nothing", "none", "any", "never"]);

/**
 * Whether the word at i is lowered by a "less" before it ("less than compelling", "less
 * interesting than the book"): it counts as negated (VADER's negation scalar), as "not compelling".
 */
function lowered(tokens: Token[], i: number): boolean {
  const at = tokens[i - 1]?.normal === "than" ? i - 2 : i - 1;
  // "the least interesting film of the year"; not "at least".
  if (tokens[at]?.normal === "least" && at === i - 1) return tokens[at - 1]?.normal !== "at";
  if (tokens[at]?.normal !== "less") return false;
  return !EMPHATIC_BEFORE_LESS.has(tokens[at - 1]?.normal ?? "");
}

/**
 * Whether tokens[k] only strengthens the judging word after it: a booster ("truly horrible"; VADER's
 * rule), or an adverb of fault before praise ("painfully good", "ridiculously charming",
 * "devastatingly funny"), which critics use as intensifiers, not as criticism.
 * `valenceAt`: wordValence of the token at an index, under the options.
 */
function boosts(tokens: Token[], k: number, valenceAt: (index: number) => WordValence): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next) return false;
  const after = valenceAt(k + 1).value;
  if (after !== 0 && boosters.has(t.normal)) return true;
  if (!(t.pos === "ADV" && t.normal.endsWith("ly") && (next.pos === "ADJ" || next.pos === "ADV") && valenceAt(k).value < 0)) return false;
  // The words it strengthens: the run of adjectives it opens ("ridiculously steady and confident"),
  // praise when the first of them that judges praises; over a run that judges nothing ("ridiculously
  // long") the adverb keeps its own sense.
  for (let j = k + 1; j < tokens.length && j <= k + INTENSIFIED_RUN; j++) {
    const w = tokens[j]!;
    if (!(w.pos === "ADJ" || w.pos === "ADV" || w.pos === "CCONJ" || w.text === ",")) break;
    const v = valenceAt(j).value;
    if (v !== 0) return v > 0;
  }
  return false;
}

const QUALITY_POS = new Set(["ADJ", "ADV"]);
const DEGREE_SWEARS = new Set(["damn", "damned", "bloody", "darn", "darned", "goddamn"]);
// Adverbs of degree, not of manner: "perfectly awful", "amazingly bad" are more of the fault (VADER's boosters too).
const DEGREE_ADVERBS = new Set(["perfectly", "truly", "genuinely", "simply", "wholly", "fully", "really"]);

/**
 * Whether the fault adjective at i is one the critic relishes: a praising manner adverb in -ly right
 * before it ("delightfully vulgar", "gloriously trashy", "refreshingly crude"), not a degree adverb
 * or a booster ("perfectly awful", "incredibly dull" stay faults).
 */
function relished(tokens: Token[], i: number, valenceAt: (index: number) => WordValence): boolean {
  const before = tokens[i - 1];
  if (!before || tokens[i]!.pos !== "ADJ" || before.pos !== "ADV" || !before.normal.endsWith("ly")) return false;
  if (boosters.has(before.normal) || DEGREE_ADVERBS.has(before.normal)) return false;
  return valenceAt(i - 1).value > 0;
}

// How many words after an adverb of fault its adjectives may run ("ridiculously steady and confident").
const INTENSIFIED_RUN = 4;

/** The valence each judging word of tokens[first..last] contributes, by token index. */
interface SentenceModifiers {
  hedged: Set<number>;
  idioms: Map<number, { valence: number; last: number }>;
  /** Hyphenated compounds ("flat-footed", "laugh-out-loud"): first token -> [last token, the word as written]. */
  compounds: Map<number, { last: number; word: string }>;
  /** What a fault harms, or is denied harming (harmed-qualities.ts). */
  harmed: Set<number>;
  spared: Set<number>;
  prevented: Set<number>;
  /** What a craft renders (depicted-content.ts) and what follows "is about": content, not judgement. */
  depicted: Set<number>;
  matter: Set<number>;
}
const modifierCache = new WeakMap<Token[], SentenceModifiers>();

/** Whether an idiom opens at token i ("falls flat", "lives up to", "too long"; the cached idioms of the sentence): a judging phrase, as a judging verb is. */
export const opensIdiom = (tokens: Token[], i: number): boolean => modifiers(tokens).idioms.has(i);
/** Whether tokens i and j lie in one critics' idiom of the lexicon ("worth watching"). */
export const sameIdiom = (tokens: Token[], i: number, j: number): boolean =>
  [...modifiers(tokens).idioms].some(([first, { last }]) => i >= first && i <= last && j >= first && j <= last);
/** Whether token i lies in a critics' idiom of the lexicon ("the role of her career"). */
export const insideIdiom = (tokens: Token[], i: number): boolean => [...modifiers(tokens).idioms].some(([first, { last }]) => i >= first && i <= last);

const WISHING_ADVERBS = new Set(["hopefully", "ideally"]);
// Adjectives of certainty that frame a "that" clause ("it is clear that ...").
const CERTAIN_FRAMES = new Set(["clear", "obvious", "evident", "apparent", "true", "plain", "certain", "undeniable"]);

// How strongly an adjective must praise for "too good for it to matter" to stay praise.
const PRAISE_BEYOND_EXCESS = 1.5;

/**
 * "Gyllenhaal is too good for it to matter", "too good for this material", "too funny to resist": a
 * word of strong praise after "too", with "for" or "to" after it, is praise that outweighs
 * something else, not an excess; "too clever for its own good" is the excess.
 */
function tooGoodFor(tokens: Token[], i: number): boolean {
  const word = tokens[i + 1]!;
  const after = tokens[i + 2]?.normal;
  if (after !== "for" && after !== "to") return false;
  if (tokens.slice(i + 3, i + 6).some((t) => t.normal === "own")) return false;
  return wordValence(word.normal, word.lemma, true).value >= PRAISE_BEYOND_EXCESS;
}

// Who a film can be too much for without being at fault: the young and the sensitive.
const YOUNG_AUDIENCES = new Set(["kids", "kiddies", "children", "child", "tots", "toddlers", "youngsters", "tykes", "preschoolers", "squeamish", "faint-hearted", "younglings"]);
const AUDIENCES = new Set(["ones", "viewers", "audiences", "audience", "moviegoers", "members", "eyes", "hearts", "souls", "stomachs"]);
const OF_THE_YOUNG = new Set(["young", "younger", "youngest", "little", "wee", "small", "sensitive", "tender", "squeamish", "impressionable", "faint", "weak"]);
const AUDIENCE_REACH = 5;

/**
 * "too scary for very young children", "a bit too intense for younger viewers", "too gory for the
 * squeamish": a quality said to be too much for the young or the sensitive is a caution to some
 * readers, not an excess the critic faults. `too` is the index of "too"; the index of the audience's
 * last word, or -1.
 */
function tooMuchForTheYoung(tokens: Token[], too: number): number {
  if (tokens[too + 2]?.normal !== "for") return -1;
  let young = false;
  for (let k = too + 3; k < tokens.length && k <= too + 2 + AUDIENCE_REACH; k++) {
    const w = tokens[k]!;
    if (YOUNG_AUDIENCES.has(w.normal)) return k;
    if (OF_THE_YOUNG.has(w.normal)) young = true;
    else if (young && AUDIENCES.has(w.normal)) return k;
    else if (w.pos !== "DET" && w.pos !== "ADV" && w.pos !== "ADJ") return -1;
  }
  return -1;
}

function modifiers(tokens: Token[]): SentenceModifiers {
  const cached = modifierCache.get(tokens);
  if (cached) return cached;
  const hedged = new Set<number>();
  for (const h of hedges().find(tokens)) {
    for (let k = h.last + 1; k <= h.last + 3; k++) hedged.add(k);
    for (let k = h.first - 2; k < h.first; k++) hedged.add(k);
  }
  // Idioms ("stood out", "falls flat") carry the valence of the whole phrase, on its first word.
  const idioms = new Map<number, { valence: number; last: number }>();
  const phrases = craftPhrases().find(tokens);
  for (const m of phrases) {
    // "with little more than his face" is praise of economy: a phrase inside a longer one is that one's.
    if (phrases.some((o) => o.first < m.first && o.last >= m.last)) continue;
    const known = idioms.get(m.first);
    if (!known || known.last < m.last) idioms.set(m.first, { valence: m.value, last: m.last });
  }
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.normal === "too" && next && (next.pos === "ADJ" || next.pos === "ADV") && !idioms.has(i)) {
      // "too scary for very young children": a caution to parents, neither a fault nor praise.
      const caution = tooMuchForTheYoung(tokens, i);
      if (caution > 0) idioms.set(i, { valence: 0, last: caution });
      else if (!tooGoodFor(tokens, i)) idioms.set(i, { valence: EXCESS, last: i + 1 });
    }
    // "lets a scene breathe", "gives it room to breathe": the phrase judges from its first word, so that
    // "never lets a scene breathe" is negated as a whole.
    if (t.lemma === "breathe" || t.normal === "breathe") {
      const opener = [1, 2, 3, 4].map((d) => i - d).find((k) => ROOM_GIVERS.has(tokens[k]?.lemma ?? "") || ROOM_GIVERS.has(tokens[k]?.normal ?? ""));
      if (opener !== undefined && !idioms.has(opener)) idioms.set(opener, { valence: ROOM_TO_BREATHE, last: i });
    }
    // "the score swells and swells", "it goes on and on": a doing repeated is a doing overdone (the
    // tagger reads a repeated "swells" as a plural noun).
    const repeated = tokens[i + 2];
    if (next?.normal === "and" && repeated?.normal === t.normal && (t.pos === "VERB" || (t.pos === "NOUN" && t.normal.endsWith("s")) || t.normal === "on") && !idioms.has(i)) {
      idioms.set(i, { valence: EXCESS, last: i + 2 });
    }
  });
  const compounds = new Map<number, { last: number; word: string }>();
  for (let i = 0; i < tokens.length; i++) {
    let last = i;
    while (tokens[last + 2] && tokens[last + 1]!.text === "-" && tokens[last + 1]!.start === tokens[last]!.end && tokens[last + 2]!.start === tokens[last + 1]!.end) last += 2;
    if (last > i) {
      compounds.set(i, { last, word: tokens.slice(i, last + 1).map((t) => t.normal).join("") });
      i = last;
    }
  }
  const { harmed, spared, prevented } = harmedQualities(tokens);
  const found = { hedged, idioms, compounds, harmed, spared, prevented, depicted: depictedContent(tokens), matter: subjectMatter(tokens) };
  modifierCache.set(tokens, found);
  return found;
}

const INITIAL_CAPITAL = /^\p{Lu}\p{Ll}/u;
// "a Great Film" in a headline's capitals is still a judgement.
const FILM_WORDS = new Set(criticismLexicon.filmWords);

/**
 * Whether a capitalized word inside the sentence opens or continues a proper name with the
 * capitalized word after it ("the Great Depression", "Little Women", "Bad Santa") or after a
 * capitalized proper noun ("the Toronto International Film Festival"), or is an epithet before a
 * name ("the late great Ernesto de la Cruz", "Broadway great Idina Menzel"): a name, no judgement.
 * Not in a headline, whose every word is capitalized.
 */
function namePart(tokens: Token[], i: number): boolean {
  if (i === 0) return false;
  // "the late great Ernesto de la Cruz", "Broadway great Idina Menzel": an epithet of the name after it.
  if (EPITHETS.has(tokens[i]!.normal) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "") && tokens[i + 1]!.pos === "PROPN" && (tokens[i - 1]!.normal === "late" || /^\p{Lu}/u.test(tokens[i - 1]!.text))) return true;
  if (!INITIAL_CAPITAL.test(tokens[i]!.text) || headline(tokens)) return false;
  if (bracketedTitle(tokens, i)) return true;
  const before = tokens[i - 1]!;
  if (before.pos === "PUNCT" && /[.!?:"“‘(]/.test(before.text)) return false;
  const next = tokens[i + 1];
  // "the Toronto International Film Festival": inside a run of capitalized words.
  if (i > 1 && INITIAL_CAPITAL.test(before.text) && before.pos === "PROPN") return true;
  if (next !== undefined && INITIAL_CAPITAL.test(next.text) && !FILM_WORDS.has(next.lemma)) return true;
  return linkedCapital(tokens, i, 1) || linkedCapital(tokens, i, -1);
}
/**
 * "Directed by Chris Smith (Collapse, Jim and Andy: The Great Beyond)": a capitalized word in
 * brackets after a name, where the brackets hold only titles (capitalized words, numbers, commas,
 * colons and TITLE_LINKS), is a title of the person's other work.
 */
function bracketedTitle(tokens: Token[], i: number): boolean {
  let open = i - 1;
  while (open >= 0 && tokens[open]!.text !== "(" && tokens[open]!.text !== ")") open--;
  if (open < 1 || tokens[open]!.text !== "(" || tokens[open - 1]!.pos !== "PROPN") return false;
  let close = open + 1;
  while (close < tokens.length && tokens[close]!.text !== ")") {
    const t = tokens[close]!;
    if (!(INITIAL_CAPITAL.test(t.text) || t.pos === "NUM" || TITLE_LIST_MARKS.has(t.text) || TITLE_LINKS.has(t.text))) return false;
    close++;
  }
  return close < tokens.length;
}
const TITLE_LIST_MARKS = new Set([",", ":", "-", "–", "'", "’", "!", "?"]);
// Lowercase words inside a title or name ("Hell or High Water", "Dawn of the Dead", "Sense and Sensibility").
const TITLE_LINKS = new Set(["and", "or", "of", "the", "in", "on", "a", "an", "to", "for", "with", "from", "&"]);

/** Whether one or two of TITLE_LINKS join the capitalized word at i to another capitalized word in the direction step (+1 or -1). */
function linkedCapital(tokens: Token[], i: number, step: 1 | -1): boolean {
  let k = i + step;
  let links = 0;
  while (links < 2 && tokens[k] && TITLE_LINKS.has(tokens[k]!.text)) {
    k += step;
    links++;
  }
  const other = tokens[k];
  return links > 0 && other !== undefined && INITIAL_CAPITAL.test(other.text) && !FILM_WORDS.has(other.lemma) && (step === 1 || k > 0 || other.pos === "PROPN");
}
const EPITHETS = new Set(["great", "legendary", "iconic", "venerable"]);

/** Whether the sentence is written in title case, as a headline ("Okafor Gives A Fierce Performance"): most of its words capitalized. */
function headline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  return words.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 0.6 * words.length;
}

/** A hyphenated word's valence as written, or as one word when the lexicons write it so ("stand-out" as "standout"). */
function compoundValence(word: string, options: ScoreOptions): number {
  const written = wordValence(word, word, options.aboutCraft, options.genres).value;
  if (written !== 0) return written;
  const joined = word.replace(/-/g, "");
  return wordValence(joined, joined, options.aboutCraft, options.genres).value;
}

export function tokenValences(tokens: Token[], first: number, last: number, options: ScoreOptions): Map<number, number> {
  const { hedged, idioms, compounds, harmed, spared, prevented, depicted, matter } = modifiers(tokens);
  const values = new Map<number, number>();
  // Each word's lexicon valence, looked up once per call: a word is read as itself, as the word
  // after a booster and as the word before one.
  const known: WordValence[] = [];
  const { normals, lemmas } = tokenFacts(tokens);
  const valenceAt = (k: number) => (known[k] ??= entriesValence(normals[k]!.lexicon, lemmas[k]!.lexicon, options.aboutCraft, options.genres));
  const elided = elidedNegation(tokens);
  const ambitionEnd = openingAmbition(tokens);
  const { unmet, unsurpassed, escaped } = unrealizedQualities(tokens);
  const avoided = avoidedFaults(tokens);
  const dispelled = dispelledDoubt(tokens);
  const scarce = scarceGoods(tokens);
  const unmatched = unmatchedLikeness(tokens);
  const turnedFrom = turnedInto(tokens);
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    // "little regard for": a phrase of the lexicon that opens with the word of scarcity keeps its own value.
    if (scarce.words.has(i) && !idioms.has(i)) continue;
    // "Nobody plays a drifter like Venn": what nobody does as well judges nothing; the likeness praises.
    if (unmatched.between.has(i)) continue;
    if (i === unmatched.like) {
      values.set(i, UNMATCHED_LIKENESS_VALENCE);
      continue;
    }
    // "turns the first film's comedy gimmick into its heart and soul": what a thing was turned from judges nothing.
    if (turnedFrom.has(i)) continue;
    // "If there was apprehension over the casting, it was unfounded": the doubt and what was feared judge nothing; its dispelling praises.
    if (dispelled.doubted.has(i)) continue;
    if (i === dispelled.dispelling) {
      values.set(i, DISPELLED_DOUBT_VALENCE);
      continue;
    }
    // "Hopefully he learns from his mistakes": an adverb of wishing that opens a clause hopes; it praises nothing.
    if (WISHING_ADVERBS.has(t.normal) && (i === 0 || tokens[i - 1]!.pos === "PUNCT" || tokens[i - 1]!.pos === "CCONJ")) continue;
    // "It's clear that the script is a mess": an adjective of certainty framing a clause judges nothing; the clause does.
    if (CERTAIN_FRAMES.has(t.normal) && tokens[i + 1]?.normal === "that" && (tokens[i - 1]?.lemma === "be" || tokens[i - 1]?.normal === "'s" || tokens[i - 1]?.normal === "’s")) continue;
    // "Wow.", "Just, wow.": surprise standing alone is said of the awful as of the great; it judges nothing.
    if (t.pos === "INTJ" && SURPRISE.has(t.normal) && tokens.every((w) => w.pos === "PUNCT" || w.pos === "ADV" || w.pos === "INTJ")) continue;
    // "There's no denying", "no doubt", "can't deny": the denied denial is emphasis, neither word a judgement.
    if (isNegator(t) && deniesADenial(tokens, i, Math.min(tokens.length, i + 4))) {
      while (i < last && !DENIALS.has(tokens[i]!.lemma)) i++;
      continue;
    }
    const idiom = idioms.get(i);
    const compound = compounds.get(i);
    // A hyphenated word the lexicons know as a whole ("flat-footed", "by-the-numbers") is one judgement.
    const whole = compound && !idiom && !options.subjects?.has(i) && !options.elsewhere?.has(i) ? compoundValence(compound.word, options) : 0;
    const at = i;
    let v: number;
    if (idiom) {
      // An idiom wholly in words set aside (another work's, an expectation's) judges nothing here either.
      const setAsideWord = (k: number) => options.subjects?.has(k) || options.elsewhere?.has(k);
      let wholly = true;
      for (let k = i; k <= idiom.last && wholly; k++) wholly = setAsideWord(k) === true;
      if (wholly) {
        i = idiom.last;
        continue;
      }
      v = idiom.valence;
      i = idiom.last;
    } else if (whole !== 0) {
      v = whole;
      i = Math.min(compound!.last, last);
    } else {
      if (options.subjects?.has(i) || options.elsewhere?.has(i) || namePart(tokens, i)) continue;
      if (activeVerbSense(tokens, i) || feelingBetweenCharacters(tokens, i) || labourInTheStory(tokens, i)) continue;
      // "a man's tired voice", "her weary eyes": a person's state, not a tired formula.
      if (BODILY_SENSES.has(t.normal) && BODY_NOUNS.has(tokens[i + 1]?.normal ?? "")) continue;
      // "The film loves to tell us things", "Calloway likes to linger": a habit of the film or a person, not the critic's liking.
      if (habitOfASubject(tokens, i)) continue;
      // "He's tired of killing people", "she is exhausted": a person's state, said after "he"/"she"/"they" and a copula.
      if (BODILY_SENSES.has(t.normal) && saidOfAPerson(tokens, i)) continue;
      // A booster before a judging word only strengthens it ("truly horrible" is horrible, not "truly" + "horrible"; VADER's rule).
      if (boosts(tokens, i, valenceAt)) continue;
      // "come damn close", "bloody long": a swear word as a degree adverb before a quality is no fault, judging or not.
      if (DEGREE_SWEARS.has(t.normal) && QUALITY_POS.has(tokens[i + 1]?.pos ?? "")) continue;
      // "no dull moments": "no" negates the quality after it and has no valence of its own (VADER's
      // rule); before a noun ("no surprises", "no tension") it says what the film lacks, and keeps it.
      if (t.normal === "no" && QUALITY_POS.has(tokens[i + 1]?.pos ?? "") && valenceAt(i + 1).value !== 0) continue;
      // "The hero of this film is the Meh emoji": the part it names in the story ("the real hero of the film" still praises).
      if (partOfTheFilm(tokens, i)) continue;
      // "The answers: Yes, No, and No.": "no" standing alone answers a question and judges nothing.
      if (t.normal === "no" && (i === last || ANSWER_ENDS.has(tokens[i + 1]!.text) || tokens[i + 1]!.pos === "CCONJ")) continue;
      // "a disaster movie", "war films", "a prison drama": a noun right before a film word names the kind of film.
      if (t.pos === "NOUN" && tokens[i + 1]?.pos === "NOUN" && FILM_WORDS.has(tokens[i + 1]!.lemma) && tokens[i + 1]!.lemma !== TITLE_LEMMA) continue;
      // "the stars of the original movies", "the original trilogy": the first of a series, not originality.
      if (t.normal === "original" && EARLIER_WORK_DETERMINERS.has(tokens[i - 1]?.normal ?? "") && EARLIER_WORKS.has(tokens[i + 1]?.normal ?? "")) continue;
      // "but that is a minor quibble", "that becomes a quibble": the fault named is set aside as small.
      if (QUIBBLES.has(t.lemma) && setAsideAsQuibble(tokens, i)) continue;
      // "a no-brainer", "a no-win choice": "no" opening a hyphenated compound is part of a word of its own.
      if (t.normal === "no" && tokens[i + 1]?.text === "-" && tokens[i + 1]!.start === t.end) continue;
      // "uses no talking heads", "needs no introduction": what the film chooses to do without is no lack.
      if (t.normal === "no" && CHOSEN_ABSENCE_VERBS.has(tokens[i - 1]?.lemma ?? "") && tokens[i - 1]!.pos === "VERB") continue;
      // "a good twenty minutes too long", "a good deal of", "a good half": an amount, not praise.
      // Not "a good one" or "a good forty-minute film": a number in a compound before a noun.
      const amount = tokens[i + 1]?.pos === "NUM" && tokens[i + 1]!.normal !== "one" && tokens[i + 2]?.text !== "-";
      if (t.normal === "good" && tokens[i - 1]?.normal === "a" && (amount || GOOD_AMOUNTS.has(tokens[i + 1]?.normal ?? ""))) continue;
      // "borrows its moves from a dozen better thrillers": other films said to be better are a fault of this one.
      if (betterOthers(tokens, i)) {
        values.set(i, -Math.abs(valenceAt(i).value || BETTER_OTHERS_VALENCE));
        continue;
      }
      // "a pretty slow pace", "pretty much terrific": "pretty" before a quality is a degree word, not praise.
      if (t.normal === "pretty" && (QUALITY_POS.has(tokens[i + 1]?.pos ?? "") || tokens[i + 1]?.normal === "much")) continue;
      // "Not quite satisfied with directing, Vaughn also wrote it": an opening "not content with ..." tells an ambition, not a fault.
      if (i <= ambitionEnd) continue;
      // "Well, it isn't going to, either": "well" opening a clause before a comma is a discourse word.
      if (t.normal === "well" && tokens[i + 1]?.text === "," && (i === 0 || tokens[i - 1]!.pos === "PUNCT" || tokens[i - 1]!.pos === "CCONJ")) continue;
      // "Truly, the worst thing ...", "Really, ...": a degree word standing alone before a comma judges nothing.
      if (boosters.has(t.normal) && tokens[i + 1]?.text === ",") continue;
      const word = valenceAt(i);
      const predicative = word.value === 0 ? predicativeValence(tokens, i) : 0;
      v = word.value || predicative;
      // "delightfully vulgar", "gloriously trashy": a fault the critic enjoys; the adverb's praise is the judgement.
      if (v < 0 && relished(tokens, i, valenceAt)) continue;
      // General-lexicon nouns name the story's content ("panic", "war"); its verbs tell what happens
      // in it ("died", "banned"), unless they are verbs of judging ("loved", "impresses").
      // A past participle ("drowned", "abandoned") tells an event whatever tag it gets.
      const event = (t.pos === "VERB" || (t.normal !== t.lemma && t.normal.endsWith("ed"))) && !isJudgingVerb(t.lemma) && !adjectiveAfterCopula(tokens, i);
      const storyWord = t.pos === "NOUN" || t.pos === "PROPN" || event;
      // A noun a copula says of its subject judges it ("is a delight", "is a mess").
      // Not a noun of the part played ("Rickman is a marvellous villain").
      const judgingNoun = t.pos === "NOUN" && predicateNominal(tokens, i) && !roleNouns.has(t.lemma) && !roleNouns.has(t.normal);
      if (!word.critical && predicative === 0 && storyWord && !judgingNoun) v *= (options.craftOnly && event) || aboutSubject(tokens, i) ? 0 : NOUN_WEIGHT;
      // "It is about struggling to fit in": what follows "is about" is the subject, even a word critics also use of films.
      else if ((t.pos === "VERB" || t.pos === "NOUN") && matter.has(i)) v = 0;
    }
    // "captures the pain of the time": what a craft renders is content, not judgement.
    if (v === 0 || setAside(tokens, at, first) || avoided.verbs.has(at) || depicted.has(at)) continue;
    // "avoids the usual clichés": a fault steered clear of is praise, as a fault denied is; "resists easy answers" judges nothing.
    if (avoided.objects.has(at)) {
      if (v < 0) values.set(at, v * NEGATION_SCALAR);
      continue;
    }
    // "the laughs are few and far between", "precious few thrills": a good the film has too little of is its fault.
    // "few dull moments": a fault the film has too little of is praise.
    if (scarce.goods.has(at)) {
      values.set(at, v * NEGATION_SCALAR);
      continue;
    }
    const previous = tokens[at - 1];
    // "It's just okay", "merely serviceable", "perfectly fine": mild praise held to its minimum is
    // faint praise, a mixed judgement; the limiter carries the reservation.
    if (at - 1 >= first && faintlyPraised(tokens, at, v) && !negated(tokens, at, first, true)) {
      const faint = Math.max(v, FAINT_PRAISE_WEIGHT);
      values.set(at - 1, -faint);
      values.set(at, faint);
      continue;
    }
    if (previous && (boosters.has(previous.normal) || boosts(tokens, at - 1, valenceAt))) v *= BOOST;
    if (hedged.has(at)) v *= HEDGE;
    // "detracted from my enjoyment", "undermines the tension": praise of what a fault harms is lost.
    // That's the “hilarious” insight: praise in scare quotes is the critic's irony.
    // "It isn't out to dazzle you", "it doesn't try to be clever": a quality the film does not aim at is neither praise nor fault.
    if (v > 0 && unattempted(tokens, at)) continue;
    if ((harmed.has(at) || scareQuoted(tokens, at) || IRONIC_HEDGES.has(tokens[at - 1]?.normal ?? "") || praiseAtBest(tokens, at) || beliedBy(tokens, at) || failedTo(tokens, at)) && v > 0) v *= NEGATION_SCALAR;
    // "prevents you from fully engaging", "stops it from being dull": praise lost, a fault averted.
    else if (prevented.has(at)) v *= NEGATION_SCALAR;
    else if (escaped.has(at)) {
      // "A lesser director would have made it maudlin": a fault escaped is praise; a quality there judges nothing.
      if (v > 0) continue;
      v *= NEGATION_SCALAR;
    } else if (unmet.has(at)) {
      // What the film was meant to be and is not: praise turns to criticism, an escaped fault judges nothing.
      if (v < 0) continue;
      v *= NEGATION_SCALAR;
    } else if (!unsurpassed.has(at) && !spared.has(at) && (negated(tokens, at, first, v > 0) || lowered(tokens, at))) {
      // "not as terrible as the last one", "less than terrible": a fault said to be smaller is still no praise.
      if (v < 0 && (deniedEquality(tokens, at) || lowered(tokens, at))) continue;
      v *= NEGATION_SCALAR;
    }
    values.set(at, v);
  }
  // "..., but this film is anything but.": the closing phrase says the opposite of the last quality
  // before it, of its own clause's subject; that quality keeps its own.
  if (elided >= first && elided <= last) {
    for (let k = elided - 1; k >= 0; k--) {
      const said = valenceAt(k).value || predicativeValence(tokens, k, SOUNDS_LIKE);
      if (said !== 0 && !options.subjects?.has(k)) {
        values.set(elided, said * NEGATION_SCALAR);
        break;
      }
    }
  }
  return values;
}

export function sumValences(values: Iterable<number>, weight = 1): Valence {
  const valence: Valence = { positive: 0, negative: 0 };
  for (const v of values) {
    if (v > 0) valence.positive += v * weight;
    else valence.negative -= v * weight;
  }
  return valence;
}

export function scoreSpan(tokens: Token[], first: number, last: number, options: ScoreOptions): Valence {
  return sumValences(tokenValences(tokens, first, last, options).values());
}

export const addValences = (a: Valence, b: Valence): Valence => ({
  positive: a.positive + b.positive,
  negative: a.negative + b.negative,
});

/** The sentence's valence with each clause weighted by its role (what follows "but" counts most). */
export function scoreClauses(tokens: Token[], clauses: Clause[], options: ScoreOptions): Valence {
  return clauses.reduce(
    (sum, c) => addValences(sum, sumValences(tokenValences(tokens, c.first, c.last, options).values(), c.weight)),
    { positive: 0, negative: 0 },
  );
}

/** Whether the word at `at`, of valence `v`, is mild praise after a limiter ("just okay", "merely serviceable"). */
const faintlyPraised = (tokens: Token[], at: number, v: number) => FAINT_LIMITERS.has(tokens[at - 1]?.normal ?? "") && v > 0 && v <= FAINT_PRAISE_MAX;

/**
 * Whether the sentence damns with faint praise: a word of mild praise after a limiter ("It's just
 * okay", "merely serviceable", "perfectly fine"), not denied ("not just okay"). Such a MIXED
 * judgement is what the critic says, whatever the rest of the review says.
 */
export function praisesFaintly(tokens: Token[], options: ScoreOptions): boolean {
  return tokens.some((t, i) => i > 0 && !(i >= 2 && isNegator(tokens[i - 2]!)) && faintlyPraised(tokens, i, wordValence(t.normal, t.lemma, options.aboutCraft, options.genres).value));
}

const DECIDED = 0.3;
// Faint praise: a word of mild praise (valence up to "competent", 1.3) after a limiter.
const FAINT_LIMITERS = new Set(["just", "merely", "only", "simply", "perfectly"]);
const FAINT_PRAISE_MAX = 1.3;
// Strong enough on each side for polarityOf to read MIXED.
const FAINT_PRAISE_WEIGHT = 0.6;

export function polarityOf({ positive, negative }: Valence): Polarity {
  const net = positive - negative;
  if (positive >= 0.6 && negative >= 0.6 && Math.abs(net) < 0.25 * Math.max(positive, negative)) return "MIXED";
  if (net >= DECIDED) return "POSITIVE";
  if (net <= -DECIDED) return "NEGATIVE";
  return "NEUTRAL";
}

const EARLIER_WORK_DETERMINERS = new Set(["the", "its", "their", "his", "her", "that", "those"]);
const EARLIER_WORKS = new Set([...criticismLexicon.workNouns, "cast", "version", "cut", "story", "characters", "film's", "movie's"]);
const QUIBBLES = new Set(["quibble", "nitpick", "niggle"]);
const QUIBBLE_MODIFIERS = new Set(["a", "an", "only", "just", "merely", "minor", "small", "slight", "mere", "tiny", "little", "petty", "but"]);
const SET_ASIDE_VERBS = new Set(["be", "become", "seem", "remain", "feel"]);
const SET_ASIDE_SUBJECTS = new Set(["that", "this", "it", "those", "these"]);

/** Whether the quibble noun at `i` is what "that" (or "this", "it") is or becomes: "that's a minor quibble", "that becomes a quibble". */
function setAsideAsQuibble(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && QUIBBLE_MODIFIERS.has(tokens[k]!.normal)) k--;
  if (k < 1 || !SET_ASIDE_VERBS.has(tokens[k]!.lemma)) return false;
  return SET_ASIDE_SUBJECTS.has(tokens[k - 1]!.normal);
}

/** A valence squashed into [-1, 1] the way VADER normalizes its compound score. */
export function compound({ positive, negative }: Valence): number {
  const net = positive - negative;
  return net / Math.sqrt(net * net + 15);
}
