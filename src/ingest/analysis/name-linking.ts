import type Compromise from "compromise";
import { keepSweepCandidates } from "./compromise-sweep";
import { criticismLexicon, isJudgingVerb, wordValence } from "./lexicon";
import { nameKey, splitName, wordKey, type NameIndex, type NameTarget } from "./name-index";
import { findNameRuns, type NameRun } from "./name-runs";
import { isEnglishWord } from "./language";
import { titleForms } from "./title-mask";
import { ageCue, authoredWorks, awardWords, filmVerbs, franchiseWords, honorifics, personalPronouns, lifeNouns, occupationNouns, personNouns, personObjectVerbs, ranks, relationNouns } from "./name-words";

/**
 * A name found in a sentence, with offsets in the sentence: resolved to one target, ambiguous, or
 * a proper noun that matches no credit (a person only if recognizePeople says so).
 */
export type NameMention =
  | { kind: "linked"; surface: string; start: number; end: number; target: NameTarget }
  | {
      kind: "unresolved";
      surface: string;
      start: number;
      end: number;
      reason: "ambiguous";
      candidates: NameTarget[];
      /** Kept unresolved on purpose ("the Park family"): not to be resolved by other evidence. */
      settled?: boolean;
    }
  | { kind: "unknown"; surface: string; start: number; end: number; key: string; name: string };

const workNouns = new Set(criticismLexicon.workNouns);
// What a maker is known for: "a Payne specialty", "a classic Calloway touch".
const SIGNATURE_NOUNS = new Set(["specialty", "speciality", "trademark", "touch", "signature", "staple", "hallmark", "production", "picture", "joint", "vehicle", "regular", "move"]);
const ARTICLES = new Set(["the", "a", "an"]);
// The typographic apostrophe and the straight one are the same letter in a title or a name.
const sameApostrophe = (text: string) => text.replace(/[’‘]/g, "'");
const NEXT_WORD = /^\s+([\p{L}]+)/u;

/**
 * A full name of the film's credits inside a longer capitalized run: a name of two words or more
 * anywhere ("Review: Mara Okafor Gives A Fierce Performance"), or a one-word character name that
 * opens the run when the rest are ordinary words ("Bramble Bear": the character and her species).
 * Returns the word range, longest first.
 */
function nameInside(index: NameIndex, words: string[], ordinaryWord: (word: string) => boolean): [number, number] | undefined {
  for (let length = words.length - 1; length >= 2; length--) {
    for (let from = 0; from + length <= words.length; from++) {
      const key = nameKey(words.slice(from, from + length));
      // A surname of several words ("De Santis") after a first name is someone else's full name ("Lia De Santis").
      if (index.full.has(key) && !(from > 0 && index.surnames.has(key))) return [from, from + length];
    }
  }
  // Not a person's name that opens with a character's ("Lewis Black" for a "Mrs. Lewis", "CJ Wilson"
  // for a "CJ"): only a character credited by that one word, and not where compromise reads a person.
  const key = nameKey([words[0]!]);
  const first = index.full.get(key);
  if (first && first.every((t) => t.type === "Role") && index.singleNames.has(key) && words.slice(1).every(ordinaryWord) && peopleIn(words.join(" ")).length === 0) {
    return [0, 1];
  }
  return undefined;
}

/**
 * "Taron Egerton Soars As Elton John In Dexter Fletcher's": a capitalized run (a headline's) that
 * holds several credited full names is read as each of them. A run with one name or none is kept
 * whole (the caller finds one name inside it).
 */
function splitAtNames(sentence: string, run: NameRun, index: NameIndex): NameRun[] {
  if (run.words.length < 4 || index.full.has(nameKey(run.words))) return [run];
  const ranges: [number, number][] = [];
  const find = (from: number, to: number): void => {
    for (let length = to - from; length >= 2; length--) {
      for (let at = from; at + length <= to; at++) {
        const key = nameKey(run.words.slice(at, at + length));
        if (!index.full.has(key) || (at > 0 && index.surnames.has(key))) continue;
        find(from, at);
        ranges.push([at, at + length]);
        find(at + length, to);
        return;
      }
    }
  };
  find(0, run.words.length);
  if (ranges.length < 2) return [run];
  // Offsets of each word in the sentence.
  const offsets: [number, number][] = [];
  let cursor = run.start;
  for (const word of run.words) {
    const at = sentence.indexOf(word, cursor);
    offsets.push([at, at + word.length]);
    cursor = at + word.length;
  }
  return ranges.map(([from, to]) => ({
    words: run.words.slice(from, to),
    start: offsets[from]![0],
    end: to === run.words.length ? run.end : offsets[to - 1]![1],
  }));
}

/** "Greta Haller Quietly Steals The Show": a headline's run that opens with a credited full name. */
const opensCreditedName = (index: NameIndex, words: string[]): boolean =>
  words.slice(0, -1).some((_, k) => k >= 1 && index.full.has(nameKey(words.slice(0, k + 1))));

const lookup = (index: NameIndex, words: string[]): NameTarget[] | undefined => {
  const key = nameKey(words);
  return index.full.get(key) ?? (words.length === 1 ? index.short.get(key) : undefined);
};
const known = (index: NameIndex, word: string) => lookup(index, [word]) !== undefined;

let compromise: typeof Compromise | undefined;

/**
 * compromise, loaded on first use (~0.3 s of CPU in each process or worker that loads it): a review
 * that leaves no name unknown never calls it, nor does a process that imports the analysis without
 * running it (the CLI's main thread, whose analyses run in workers).
 */
function nlpCompromise(text: string): ReturnType<typeof Compromise> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first needed, not at import
  compromise ??= keepSweepCandidates(require("compromise") as typeof Compromise);
  return compromise(text);
}

// compromise's answer for a text, kept for texts met again (the reviews of one film often leave the
// same names unknown): compromise is deterministic, and a call costs ~1 ms however short the text.
const peopleByText = new Map<string, string[]>();
const KEEP_PEOPLE_ANSWERS = 1000;

/** The name keys of the people compromise finds in a text (of names joined by ". "). */
function peopleIn(text: string): string[] {
  let people = peopleByText.get(text);
  if (!people) {
    // Without possessives: compromise reads "Darren Aronofsky's" as "Darren".
    people = (nlpCompromise(text).people().out("array") as string[]).map((name) =>
      nameKey(name.replace(/[.,;:]+$/, "").replace(/['’]s?$/, "").split(/\s+/)),
    );
    if (peopleByText.size >= KEEP_PEOPLE_ANSWERS) peopleByText.delete(peopleByText.keys().next().value!);
    peopleByText.set(text, people);
  }
  return people;
}

/**
 * Whether a capitalised word before a credited name is a title or an epithet ("Mister Brand",
 * "Comrade Venn", "Sheikh Amos", "Old Hanne"), not a first name: a word of the English dictionary
 * (language.ts) that compromise's lexicon knows as a noun or an adjective, or not at all, and not as
 * a given name ("Sharon", "Jack", "Don") or a verb ("Finding Nemo").
 */
function titleWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const key = word.toLowerCase();
  if (!isEnglishWord(key)) return false;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first needed, not at import
  compromise ??= keepSweepCandidates(require("compromise") as typeof Compromise);
  const tag = (compromise.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon[key];
  // A verb opens a title ("Finding Nemo", "Saving Grace"), not a name.
  return tag === undefined ? !key.endsWith("ing") : TITLE_TAGS.has(tag);
}
// The lexicon's tags of words that may be titles or epithets (a given name is "FirstName", "MaleName", "FemaleName").
const TITLE_TAGS = new Set(["Actor", "Noun", "Singular", "Uncountable", "Adjective"]);

/** Whether compromise reads the words as a person's name that opens with the first of them ("Sharon Stone", not "When Ruben"). */
function opensPersonName(words: string[]): boolean {
  const first = wordKey(words[0]!);
  return peopleIn(words.join(" ")).some((p) => p.startsWith(`${first} `));
}

/**
 * Which of the unknown proper nouns of a review are people's names ("Darren Aronofsky", not
 * "Miami"), by compromise. One call per review: each call costs a few milliseconds however short.
 */
export function recognizePeople(unknown: { name: string; key: string }[]): Set<string> {
  if (unknown.length === 0) return new Set();
  const people = peopleIn(unknown.map((u) => u.name).join(". "));
  const recognized = new Set<string>();
  for (const { key } of unknown) {
    if (people.some((p) => p === key || p.startsWith(`${key} `) || p.endsWith(` ${key}`) || p.includes(` ${key} `))) recognized.add(key);
  }
  return recognized;
}

// An opening quote right before the title (not a possessive's apostrophe: "Reeves' John Wick").
const QUOTE_BEFORE = /(?:^|[\s([])[“"‘'*_«]$/u;
const POSSESSIVE_NAME_BEFORE = /(\p{Lu}[\p{L}\p{M}.'’-]*?)(?:['’]s|(?<=s)['’])\s+$/u;
const AS_BEFORE = /\bas\s+(?:the\s+)?$/iu;
const COMPARED_AS = /\bas\s+(?:\p{L}+\s+){1,2}as\s+(?:the\s+)?$/iu;
// "..., and she wants one more job": a subject pronoun (not "his", which may be anyone's).
const PRONOUN = new RegExp(`\\b(?:${[...personalPronouns].join("|")})\\b`, "iu");
const AUTHORED_WORK = /^\s+([\p{L}\p{N}-]+)(?:\s+([\p{L}\p{N}-]+))?(?:\s+([\p{L}\p{N}-]+))?/u;
// A headline has no closing punctuation ("John Wick review: a hollow ring", "Slender Man [2018] ★").
const HEADLINE = /[^.!?…"”’)]$/u;

const PLAYING_BEFORE = /\b(?:play|plays|played|playing|portray|portrays|portrayed|portraying)\s+$/iu;
const ACTOR_IS_BEFORE = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s+(?:is|was)\s+$/u;
const VIEWED_BEFORE = /\b(?:(?:go|goes|going|went|gone|walk|walks|walking|walked|head|heads|heading|headed)\s+into|(?:sit|sits|sitting|sat)\s+through)\s+$/iu;
const NAMING = new Set(["named", "called", "nicknamed", "dubbed", "christened"]);
// "is a brilliant doctor living ...": a copula, an article and the (up to four) lowercase words after it.
const CALLED_A_PERSON = /^\s+(?:is|was)\s+(?:a|an)\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?(?:\s+(\p{Ll}[\p{Ll}-]*))?(?:\s+(\p{Ll}[\p{Ll}-]*))?/u;
const LINKING_WORDS = new Set(["a", "an", "the", "of", "about", "in", "on", "with", "for", "and", "or", "to", "who", "that", "which", "from", "by"]);

/**
 * Whether the film's title, written where a character of the same name could be meant ("John
 * Wick", "Carol"), names the character: after the actor's possessive ("Reeves' John Wick"), "as",
 * a noun for a person or an age ("the young boy Tobias Wren"), "named" ("a troll named Shrek"),
 * before an actor in parentheses or a relation ("Carol's husband"), or in a sentence that
 * speaks of a person ("he", "her") and names nobody else. Quoted, in a headline, or otherwise:
 * the film.
 */
function titleNamesCharacter(
  sentence: string,
  start: number,
  end: number,
  possessive: boolean,
  index: NameIndex,
  others: boolean,
  verbAfter: (end: number) => string | undefined,
): boolean {
  const before = sentence.slice(0, start);
  if (QUOTE_BEFORE.test(before) || HEADLINE.test(sentence.trimEnd())) return false;
  const owner = POSSESSIVE_NAME_BEFORE.exec(before)?.[1];
  if (owner && (lookup(index, owner.split(/\s+/)) ?? []).some((t) => t.type === "Person")) return true;
  // "the Prost/Senna rivalry", "Prost and Senna": paired with a person, a person.
  const paired = [PAIRED_BEFORE.exec(before)?.[1], PAIRED_AFTER.exec(sentence.slice(end))?.[1]];
  if (paired.some((name) => name !== undefined && (lookup(index, [name]) ?? []).some((t) => t.type === "Person"))) return true;
  // "Reeves as John Wick"; not the second "as" of a comparison ("a film as tense as Navalny").
  if (AS_BEFORE.test(before) && !COMPARED_AS.test(before)) return true;
  // "the charming young boy Tobias Wren", "the character Carol": a person is named, not a film.
  const previous = /([\p{L}-]+)\s+$/u.exec(before)?.[1]?.toLowerCase();
  // "a troll named Shrek", "a girl called Carla": a name given to someone.
  if (previous && (personNouns.has(previous) || ageCue(previous) !== undefined || NAMING.has(previous))) return true;
  // "begins with Roher asking Navalny", "she marries Carol": the object of a verb done to a person.
  if (previous && personObjectVerbs.has(previous)) return true;
  const after = sentence.slice(end);
  // "Tobias Wren (Amy Adams)", "(played by ...)": an actor's credit; not "The Big Lebowski (1998)",
  // the film's year, nor "Gigli (pronounced Geelee ...)", an aside about the title.
  if (creditInBrackets(after, index)) return true;
  // "Watts plays Diana", "Naomi Watts is Diana": the part an actor plays.
  if (PLAYING_BEFORE.test(before)) return true;
  const actorIs = ACTOR_IS_BEFORE.exec(before)?.[1];
  if (actorIs && (lookup(index, actorIs.split(/\s+/u)) ?? []).some((t) => t.type === "Person")) return true;
  // "if you go into Maleficent expecting ...": what a viewer goes into or sits through is the film.
  if (VIEWED_BEFORE.test(before)) return false;
  // "Gigli receives orders to kidnap", "Hugo lives in the walls of a station": the subject of an
  // action of the story. A film begins, runs, tells, follows, or is judged ("dazzles"); it does not kidnap.
  const verb = verbAfter(end);
  if (verb !== undefined && storyAction(verb)) return true;
  // "Morbius is a brilliant doctor", "Gigli was a small-time thug": the copula says what a person is
  // (not "Carol is a film about a woman", nor "a monster of a movie").
  const called = CALLED_A_PERSON.exec(after)?.slice(1).filter((w): w is string => w !== undefined) ?? [];
  for (const [k, word] of called.entries()) {
    if (LINKING_WORDS.has(word)) break;
    if ((personNouns.has(word) || occupationNouns.has(word)) && called[k + 1] !== "of") return true;
  }
  // "Carol's husband", "Carol's former lover": a relation, after at most one lowercase word;
  // "Elvis's childhood", "Amy's voice": a person's life or body.
  const [, next, second] = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(after) ?? [];
  const ofPerson = (word: string) => relationNouns.has(word) || lifeNouns.has(word);
  if (possessive && next && (ofPerson(next.toLowerCase()) || (/^\p{Ll}/u.test(next) && second !== undefined && ofPerson(second)))) return true;
  return !others && PRONOUN.test(after);
}

// A name joined to the one before or after it by "/", "&", "and", "vs." or "versus".
const PAIRED_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s*(?:\/|&|\band|\bvs\.?|\bversus)\s*$/u;
const PAIRED_AFTER = /^\s*(?:\/|&|and\b|vs\.?|versus\b)\s*(\p{Lu}[\p{L}'’-]*)/u;

/**
 * Whether `after` (the text right after a name) opens with a bracket that credits an actor: a name
 * the film credits as a person ("(Amy Adams)", "(Adams, superb)") or "played by" / "voiced by".
 */
function creditInBrackets(after: string, index: NameIndex): boolean {
  const inside = /^\s*\(([^)]*)\)/u.exec(after)?.[1];
  if (inside === undefined) return false;
  if (/\b(?:played|voiced|portrayed)\s+by\b/iu.test(inside)) return true;
  const name = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s*){1,3})/u.exec(inside)?.[1]?.trim().split(/\s+/u) ?? [];
  for (let n = name.length; n > 0; n--) if ((lookup(index, name.slice(0, n)) ?? []).some((t) => t.type === "Person")) return true;
  return false;
}

/**
 * A verb of the story's action (by its lemma): not one a film takes as its subject, not a
 * judgement. A verb of general negative sense ("steals", "smuggles") is still an action; one of
 * positive sense ("inspires") or a critic's judgement word is read as praise of the film.
 */
function storyAction(lemma: string): boolean {
  if (filmVerbs.has(lemma) || isJudgingVerb(lemma)) return false;
  const valence = wordValence(lemma, lemma, true);
  return valence.value === 0 || (valence.value < 0 && !valence.critical);
}

/** Damerau–Levenshtein distance of at most one: one letter added, dropped, changed or two swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const MIN_FUZZY_LENGTH = 5;
const MIN_SHORT_FIRST_NAME = 3;
const fullNames = new WeakMap<NameIndex, string[][]>();

/**
 * A critic's misspelling of a credited name of two words or more ("Riz Ahemd", "Brendon
 * Gleeson", "Nuckles McGinty"): every word as credited but one, which is one edit away and at
 * least five letters long (not "Then Pike" for a "Theo Pike"), or is the first name cut short to
 * three letters or more and two shorter ("Lou Bloom" for Louis Bloom, "Max Rook" for Maximilian
 * Rook: the opening letters of the credited first name, not another name like "Maxine", nor
 * "Paul" for a Paula, often a relative). Only when exactly
 * one credit fits; one-word names are never guessed.
 */
export function misspelledName(index: NameIndex, words: string[]): NameTarget[] | undefined {
  let names = fullNames.get(index);
  if (!names) {
    names = [...index.full.keys()].map((k) => k.split(" ")).filter((k) => k.length > 1);
    fullNames.set(index, names);
  }
  const keys = words.map(wordKey);
  const fits = names.filter((name) => {
    if (name.length !== keys.length) return false;
    const differ = name.flatMap((w, i) => (w === keys[i] ? [] : [i]));
    if (differ.length !== 1) return false;
    const [a, b] = [name[differ[0]!]!, keys[differ[0]!]!];
    // "Max Rook" for Maximilian Rook: a first name shortened to its opening letters, the rest as credited.
    if (differ[0] === 0 && b.length >= MIN_SHORT_FIRST_NAME && b.length <= a.length - 2 && a.startsWith(b)) return true;
    return a.length >= MIN_FUZZY_LENGTH && b.length >= MIN_FUZZY_LENGTH && oneEditApart(a, b);
  });
  const targets = fits.flatMap((name) => index.full.get(name.join(" ")) ?? []);
  const distinct = [...new Map(targets.map((t) => [`${t.type}:${t.id}`, t])).values()];
  return distinct.length === 1 || selfPortrayal(distinct) ? distinct : undefined;
}

// Source works whose title a critic gives after naming the kind ("the novel Little Women"). Not
// "legend" or "comic": before a name they are a person's epithet ("rock legend Freddie Mercury",
// "stand-up comic Ray Vance").
const SOURCE_WORK_TITLE = /\b(?:poem|novel|novella|book|play|graphic novel|musical|opera|ballad|epic|tale|memoir|song|album)\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|and|the|a|an|in|on|to|for|at|with))*)/gu;

/**
 * Spans of the titles of other works the sentence names after their kind: "the classic poem Sir
 * Gawain and the Green Knight", "Alcott's novel Little Women". Function words may stand inside a
 * title, not at its end. A name inside such a title is the other work's, not the film's cast.
 */
function otherWorkTitles(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(SOURCE_WORK_TITLE)) {
    const title = m[1]!.replace(/(?:\s+(?:of|and|the|a|an|in|on|to|for|at|with))+$/u, "");
    const start = m.index + m[0].length - m[1]!.length;
    spans.push([start, start + title.length]);
  }
  return spans;
}

/** "Linda May" in Nomadland: a person who plays a character of their own name is both. */
const selfPortrayal = (targets: NameTarget[]): boolean =>
  targets.length === 2 && targets.some((p) => p.type === "Person" && targets.some((r) => r.type === "Role" && r.personId === p.id));

/**
 * Finds the names of a sentence (properNoun: whether wink tags every word of a span of the
 * sentence as a proper noun) and links each to the one person or character it can mean. A name
 * that fits several (a shared surname) or none of the film's credits is kept unresolved, never
 * guessed (characters sharing a name with the title character: the title character); a longer name that merely contains a known surname ("Paul Thomas Anderson") is unknown.
 * A person who plays a character of their own name is linked to both.
 */
// A determiner right before a name makes it a modifier in a noun phrase ("a Gus Fairweather remake", "the usual Tobias Wren clichés").
const DETERMINED = /\b(?:a|an|the|another|this|that|these|those|his|her|their|its|your|our|my|usual)\s+$/iu;

export function linkNames(
  sentence: string,
  index: NameIndex,
  filmTitle: string,
  properNoun: (start: number, end: number) => boolean,
  ordinaryWord: (word: string) => boolean = () => false,
  functionWord: (word: string) => boolean = () => false,
  verbAfter: (end: number) => string | undefined = () => undefined,
): NameMention[] {
  const titleAt: [number, number][] = [];
  {
    const text = sameApostrophe(sentence);
    for (const form of titleForms(filmTitle)) {
      // As written, or in capitals as headlines and some critics write it ("TÁR", "JOKER"), where that keeps its length.
      const written = sameApostrophe(form);
      const capitals = written.toUpperCase();
      for (const title of capitals !== written && capitals.length === written.length ? [written, capitals] : [written]) {
        for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
          // Inside a longer form already found ("The Cat in the Hat" within "Dr. Seuss' The Cat in the Hat").
          if (!titleAt.some(([s, e]) => at >= s && at + title.length <= e)) titleAt.push([at, at + title.length]);
        }
      }
    }
  }
  const otherTitleAt = otherWorkTitles(sentence).filter(([s, e]) => !titleAt.some(([ts, te]) => s < te && e > ts));
  const titleKey = nameKey(filmTitle.split(/\s+/));
  const titleIsName = lookup(index, filmTitle.split(/\s+/)) !== undefined && titleKey !== "";
  const mentions: NameMention[] = [];
  // "Larry the Cable Guy's": a credited name with a lowercase word, found as written.
  const phraseAt: [number, number][] = [];
  for (const { text, target } of index.phrases) {
    for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
      const end = at + text.length + (/^['’]s?/u.exec(sentence.slice(at + text.length))?.[0].length ?? 0);
      phraseAt.push([at, end]);
      mentions.push({ kind: "linked", surface: sentence.slice(at, end), start: at, end, target });
    }
  }
  const runs = findNameRuns(sentence)
    .filter((r) => !phraseAt.some(([s, e]) => r.start < e && r.end > s))
    .flatMap((r) => splitAtNames(sentence, r, index));
  // Whether the sentence names someone of the film besides the title (for reading "he" as the title's character).
  const namesOthers = (except: number) =>
    runs.some((r, i) => i !== except && !titleAt.some(([s, e]) => r.start >= s && r.start < e) && (lookup(index, r.words) ?? []).length > 0);
  for (const [runIndex, run] of runs.entries()) {
    let words = [...run.words];
    let start = run.start;
    let honorific: string | undefined;
    // Drop what precedes the name: an honorific, an article, or the sentence's first word ("When
    // Ruben", "Will Sadness find ..."), unless that word is a proper noun opening someone else's full
    // name for wink and compromise ("Sharon Stone said ..." is not Emma Stone).
    while (
      words.length > 1 &&
      !index.full.has(nameKey(words)) &&
      !known(index, words[0]!) &&
      !misspelledName(index, words) &&
      (honorifics.has(wordKey(words[0]!)) ||
        ranks.has(wordKey(words[0]!)) ||
        ARTICLES.has(wordKey(words[0]!)) ||
        (lookup(index, words.slice(1)) !== undefined && titleWord(words[0]!)) ||
        (start === 0 && !(properNoun(start, start + words[0]!.length) && opensPersonName(words)) && !opensCreditedName(index, words)))
    ) {
      if (honorifics.has(wordKey(words[0]!))) honorific = wordKey(words[0]!);
      start = sentence.indexOf(words[1]!, start + words[0]!.length);
      words = words.slice(1);
    }
    const nameEnd = start + words.join(" ").length;
    const inTitle = titleAt.find(([s, e]) => start < e && nameEnd > s);
    if (inTitle) {
      // A name that goes on past the title ("Amy Winehouse" in a review of Amy) is a name, not the title.
      // A full stop or closing quotation mark after the title ("... and 'Babe.'") does not lengthen it.
      const bareEnd = start + words.join(" ").replace(/[.'’]+$/u, "").length;
      const within = start >= inTitle[0] && bareEnd <= inTitle[1];
      if (within && !titleIsName) continue;
      if (within && !titleNamesCharacter(sentence, start, run.end, run.end > nameEnd, index, namesOthers(runIndex), verbAfter)) continue;
    }
    let end = run.end;
    let targets = lookup(index, words);
    if (!targets && words.length > 1) {
      const inside = nameInside(index, words, ordinaryWord);
      if (inside) {
        const [from, to] = inside;
        for (let k = 0; k < from; k++) start = sentence.indexOf(words[k + 1]!, start + words[k]!.length);
        if (to < words.length) end = sentence.indexOf(words[to - 1]!, start) + words[to - 1]!.length;
        words = words.slice(from, to);
        targets = lookup(index, words);
        // "Tobias Wren Review: ...": the name found inside is the title, read as the title is.
        const nameEnd = start + words.join(" ").length;
        if (titleAt.some(([s, e]) => start >= s && nameEnd <= e)) {
          if (!titleIsName || !titleNamesCharacter(sentence, start, end, end > nameEnd, index, namesOthers(runIndex), verbAfter)) continue;
        }
      }
    }
    // "the classic poem Sir Gawain and the Green Knight": a name inside another work's title.
    if (otherTitleAt.some(([s, e]) => start >= s && start < e)) continue;
    const surface = sentence.slice(start, end);
    // "the first Bramble movie": a character's name before "movie", "film", "series" names a work;
    // before "completists", "dolls", "villain" the franchise or a product.
    const nextWord = NEXT_WORD.exec(sentence.slice(end))?.[1]?.toLowerCase();
    // "you watch Elio play footsy": a word the tagger reads as a verb there says what the character
    // does, unless an article makes the name part of a noun phrase ("a Gus Fairweather remake").
    const actsThere = verbAfter(end) !== undefined && !DETERMINED.test(sentence.slice(0, start));
    if (targets && nextWord && (workNouns.has(nextWord) || franchiseWords.has(nextWord)) && !actsThere) targets = targets.filter((t) => t.type !== "Role");
    // "the Queen", "the Bishop": a surname after "the" is a title or a thing, not the person; nor the
    // character when it ends the noun phrase ("the King himself" in a film with a B.B. King), unlike
    // "the Doolittle raid". A character credited by that word alone ("Kingpin", "The Joker") is a full name.
    if (targets && words.length === 1 && /\bthe\s+$/u.test(sentence.slice(0, start)) && !index.full.has(nameKey(words))) {
      const rawNext = NEXT_WORD.exec(sentence.slice(end))?.[1];
      const modifiesNoun = rawNext !== undefined && /^\p{Ll}/u.test(rawNext) && !functionWord(rawNext) && verbAfter(end) === undefined;
      targets = targets.filter((t) => t.type !== "Person" && modifiesNoun);
    }
    // "J.D. Vance's 2016 memoir": the real person's book, not the character.
    if (targets && run.end > nameEnd && AUTHORED_WORK.exec(sentence.slice(run.end))?.slice(1).some((w) => w && authoredWorks.has(w.toLowerCase()))) {
      targets = targets.filter((t) => t.type !== "Role");
    }
    // "the first Juniper", "who directed Juniper five years ago", "Juniper was a modest hit" in a
    // review of Juniper 2: the sequel's title cut short, said of a work, is the earlier film.
    if (targets && shortTitle(words, filmTitle) && namesEarlierWork(sentence, start, end, nextWord === undefined || functionWord(nextWord) || NUMBER_WORDS.test(nextWord) || verbAfter(end) !== undefined, verbAfter(end) !== undefined)) targets = targets.filter((t) => t.type !== "Role");
    // "Callender, whose debut Harrow was a sparse revenge piece", "Marwick's 2018 debut, Agnes, was ...":
    // a title given after a maker's work noun names that work, not a character of this film.
    if (targets && namedAsAnotherWork(sentence, start, end)) targets = targets.filter((t) => t.type !== "Role");
    // "Jojo is a toothless tale about ..." in a review of Jojo Rabbit: the title cut short, called a film.
    if (targets && targets.every((t) => t.type === "Role") && shortTitle(words, filmTitle) && CALLED_A_WORK.test(sentence.slice(end))) continue;
    // "Mrs. Truman" in a review of The Truman Show: an honorific goes with a surname, so a character whose first name it is is someone else.
    // A kinship title goes with a first name too ("Uncle Wendell", "Auntie Pippa", "Granny Fern").
    if (targets && honorific !== undefined && words.length === 1 && !KINSHIP_TITLES.has(honorific)) {
      const called = honorific;
      const word = wordKey(words[0]!);
      targets = targets.filter((t) => t.type !== "Role" || bySurname(splitName(t.name), word) || splitName(t.name).some((w) => wordKey(w) === called));
    }
    if (targets && targets.length === 0) continue;
    // "won an Oscar", "a Tony winner": an award or a thing, not a character called Oscar or Tony.
    // "a Payne specialty", "a Calloway film": a credited person's name before a noun of their work is theirs.
    const theirWork = nextWord !== undefined && (workNouns.has(nextWord) || SIGNATURE_NOUNS.has(nextWord)) && targets?.every((t) => t.type === "Person");
    if (targets && words.length === 1 && !theirWork && (/\ban?\s+$/iu.test(sentence.slice(0, start)) || (nextWord !== undefined && awardWords.has(nextWord)))) {
      continue;
    }
    // "All of it works": a function word capitalized by its place, not a character called "All".
    if (targets && words.length === 1 && functionWord(words[0]!) && /^[\s"“‘'(*_]*$/u.test(sentence.slice(0, start))) continue;
    // "Oscar-winner J.K. Simmons": a full name at the end of the run (not a bare surname: "Drena De
    // Niro" is someone else than the credited Robert De Niro).
    for (let from = 1; !targets && from < words.length - 1; from++) {
      const key = nameKey(words.slice(from));
      const tail = index.surnames.has(key) ? undefined : index.full.get(key);
      if (tail) {
        targets = tail;
        start = sentence.indexOf(words[from]!, start);
      }
    }
    if (!targets && words.length > 1) targets = misspelledName(index, words);
    // "Timmon’s" for Timmons's: the possessive's apostrophe put before a name's closing s.
    if (!targets && /['’]s$/u.test(sentence.slice(start, end))) {
      const withS = [...words.slice(0, -1), `${words[words.length - 1]!}s`];
      targets = lookup(index, withS) ?? (withS.length > 1 ? misspelledName(index, withS) : undefined);
    }
    // "Wick is a former assassin" in a review of John Wick: of the characters sharing the name, the one the title names.
    if (targets && targets.length > 1 && targets.every((t) => t.type === "Role")) {
      const titled = targets.filter((t) => nameKey(t.name.split(/\s+/)) === nameKey(filmTitle.split(/\s+/)));
      if (titled.length === 1) targets = titled;
    }
    if (targets && (targets.length === 1 || selfPortrayal(targets))) {
      for (const target of targets) mentions.push({ kind: "linked", surface: sentence.slice(start, end), start, end, target });
    } else if (targets && targets.length > 1) {
      mentions.push({ kind: "unresolved", surface, start, end, reason: "ambiguous", candidates: targets });
    } else if (properNoun(start, end)) {
      mentions.push({ kind: "unknown", surface, start, end, key: nameKey(words), name: words.join(" ") });
    }
  }
  return mentions;
}

/**
 * Whether `word` (a word key) is the surname of a character's credited name: its last word, or its
 * first when the given name after it is hyphenated, the romanization of Korean names written
 * surname first ("Mr. Park" for Park Dong-ik).
 */
function bySurname(name: string[], word: string): boolean {
  const keys = name.map(wordKey);
  if (keys.at(-1) === word) return true;
  return keys[0] === word && name.slice(1).some((w) => /\p{L}-\p{L}/u.test(w));
}

// "is a toothless tale", "was a fine film": a copula and an article before a word for a work, within a few words.
const CALLED_A_WORK = new RegExp(`^\\s+(?:is|was|remains|feels like)\\s+(?:a|an|the|one of the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${["film", "movie", "tale", "story", "picture", "drama", "comedy", "thriller", "satire", "musical", "documentary", "fable", "parable", "biopic", "romp", "epic"].join("|")})s?\\b`, "u");

const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)$/u;
// Titles that go with a first name too: kinship ("Uncle Wendell") and religious or noble titles
// ("Sister Agathe", "Brother Cadfael", "Sir Walter", "Lady Mary").
const KINSHIP_TITLES = new Set(["uncle", "aunt", "auntie", "aunty", "granny", "grandma", "grandpa", "gran", "nana", "nan", "cousin", "sister", "brother", "mother", "father", "saint", "abbot", "abbess", "sir", "dame", "lady", "lord", "master", "don", "doña", "dona", "señorita", "senorita", "mama", "papa", "granddad", "grandad", "gramps", "nanny"]);
// Before the name: "the first", "the original", "directed", "a sequel to"; after it: "was a modest hit", "came out".
// Before the name: "the first", "directed", "a sequel to", "their DVD of", "a remake of".
const EARLIER_BEFORE =
  /\b(?:(?:the|that)\s+(?:first|original|earlier|previous|last|old|1st|(?:1[89]|20)\d{2})|(?:directed|wrote|co-wrote|made|released|remade|sequel to|follow-up to|(?:improves?|improved|improving|builds?|built|building) (?:up)?on|(?:its|the|his|her|their) (?:predecessor|forerunner),?|(?:DVD|Blu-ray|VHS|copy|tape|remake|reboot) of)(?:\s+the\s+(?:first|original))?)\s+$/iu;
// "the best Bramble yet", "the funniest Bramble so far": one of the series, graded.
const SERIES_GRADED_BEFORE = /\bthe\s+(?:best|worst|funniest|strongest|weakest|finest|scariest|darkest|latest|newest)\s+$/iu;
const SERIES_GRADED_AFTER = /^\s+(?:yet|so far|to date)\b/iu;
// After the name: "(2019)", "was a modest hit", "was essentially a road movie", "came out"; a time gone by
// ("back in 2018", "three summers ago").
const EARLIER_AFTER =
  /^['’]?\s*(?:\(\d{4}\)|,?\s+(?:was|became|remains)\s+(?:\p{L}+ly\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:hit|flop|success|phenomenon|smash|sleeper|sensation|disappointment|blockbuster|film|movie|picture)\b|\s+(?:came out|was released|opened|premiered)\b|\s+back\s+in\s+(?:the\s+)?(?:1[89]|20)\d{2}s?\b|(?:\s+[\p{L}-]+){0,2}\s+(?:years|summers|winters|decades)\s+ago\b)/u;

// "sat through Bramble", "watched Bramble with the kids": a film seen; not "watched Bramble grow up" (a verb follows).
// "since Bramble, and it shows": the time since the earlier film; not "since Bramble left" (a verb follows).
const SEEN_BEFORE = /\b(?:sat through|watched|rewatched|re-watched|since)\s+$/iu;

/**
 * Whether the sentence speaks of the name at [start, end) as a work: the earlier film a sequel's
 * title repeats (headsItsPhrase: no noun follows the name; verbFollows: a verb does).
 */
function namesEarlierWork(sentence: string, start: number, end: number, headsItsPhrase: boolean, verbFollows: boolean): boolean {
  const before = sentence.slice(0, start);
  // "the first Pippa scene": the name modifies a noun after it, and "first" is the scene's.
  const after = sentence.slice(end);
  if (SERIES_GRADED_BEFORE.test(before) && SERIES_GRADED_AFTER.test(after)) return true;
  return (headsItsPhrase && (EARLIER_BEFORE.test(before) || (!verbFollows && SEEN_BEFORE.test(before)))) || EARLIER_AFTER.test(after);
}

// A maker's work noun before a title: "whose debut", "Marwick's 2018 debut,", "her first feature".
const WORK_INTRODUCED =
  /(?:['’]s|\bwhose|\bhis|\bher|\btheir)\s+(?:(?:1[89]|20)\d{2}\s+)?(?:(?:first|last|previous|earlier|breakout|debut)\s+)?(?:debut|film|feature|movie|picture|short|documentary)\s*(,)?\s*$/iu;

/**
 * Whether the name at [start, end) is a title given after a maker's work noun ("whose debut
 * Harrow", "Marwick's 2018 debut, Agnes, was"): after a comma only as an apposition closed by
 * another ("In her film, Agnes is ..." names the character).
 */
function namedAsAnotherWork(sentence: string, start: number, end: number): boolean {
  const introduced = WORK_INTRODUCED.exec(sentence.slice(0, start));
  if (!introduced) return false;
  return introduced[1] === undefined || /^(?:['’]s?)?\s*,/u.test(sentence.slice(end));
}

/** Whether the name's words are the film title's first words, the title cut short ("Jojo" for Jojo Rabbit). */
function shortTitle(words: string[], filmTitle: string): boolean {
  const title = filmTitle.split(/\s+/).map(wordKey);
  const name = words.map(wordKey);
  return name.length < title.length && name.every((w, i) => title[i] === w);
}
