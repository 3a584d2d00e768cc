import { foldedWords } from "../../graph/text-fold";
import type { FilmContext } from "../analysis-types";
import { criticismLexicon } from "./lexicon";
import { nicknameSpans } from "./name-runs";
import { ageCue, occupationNouns, personNouns, rankPhrases, ranks, type AgeCue } from "./name-words";

export interface NameTarget {
  type: "Person" | "Role";
  id: string;
  name: string;
  /** For a character: who plays it (graph key), when known. */
  personId?: string | null;
  /** For a character with an age in its name ("Young J.D.", "Old Murph"): that age. */
  age?: AgeCue;
}

/** Full names and the short forms critics use (surnames of people; first and last names of characters). */
export interface NameIndex {
  full: Map<string, NameTarget[]>;
  short: Map<string, NameTarget[]>;
  /** Names with a lowercase word inside ("Larry the Cable Guy"), found as written. */
  phrases: { text: string; target: NameTarget }[];
  /** Keys of `full` that are a surname of several words, no first name ("de niro", "bonham carter"). */
  surnames: Set<string>;
  /** Keys of characters credited by one word ("Bramble", "Joy"; not the "Lewis" of "Mrs. Lewis"). */
  singleNames: Set<string>;
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);
// Words that describe a character rather than name it ("Young Kevin", "The Man").
const DESCRIPTORS = new Set(["the", "a", "an", "young", "old", "older", "younger", "teen", "little", "big", "adult"]);
const honorifics = new Set(criticismLexicon.honorifics);
const notCharacters = new Set(criticismLexicon.notCharacters);
const particles = new Set(criticismLexicon.nameParticles);

/**
 * A name word's key, folded as the graph's keys are (src/graph/text-fold.ts): no case, accents,
 * marks, periods or apostrophes ("J.K." -> "jk", "Monáe" -> "monae", "Łucja" -> "lucja").
 */
export function wordKey(word: string): string {
  return remembered(wordKeys, word, () => foldedWords(word).join(""));
}

/**
 * The key of a sequence of name words, folded as the graph's keys are: initials written apart
 * ("J. K.") join ("jk"), and hyphens, dashes and spaces in double names are one separator.
 */
export function nameKey(words: string[]): string {
  const text = words.join(" ");
  return remembered(nameKeys, text, () => foldedWords(text).join(" "));
}

// wordKey's and nameKey's answers by text: a review's names, and every credit of its film, are
// keyed again by each sentence and each rule that reads them; folding (NFKD, fold-to-ascii) is the
// costly part, and the answer depends on the text alone.
const wordKeys = new Map<string, string>();
const nameKeys = new Map<string, string>();
/** Texts kept per memo; past that it starts afresh. */
const KEEP_KEYS = 50_000;

function remembered(memo: Map<string, string>, text: string, compute: () => string): string {
  let key = memo.get(text);
  if (key === undefined) {
    key = compute();
    if (memo.size >= KEEP_KEYS) memo.clear();
    memo.set(text, key);
  }
  return key;
}

export const splitName = (name: string): string[] => name.trim().split(/\s+/).filter(Boolean);

function add(map: Map<string, NameTarget[]>, key: string, target: NameTarget): void {
  if (!key) return;
  const list = map.get(key) ?? [];
  if (!list.some((t) => t.type === target.type && t.id === target.id)) list.push(target);
  map.set(key, list);
}

/** A character's name without the rank that opens it ("Lance Corporal Blake" -> "Blake", "Sgt. Al Powell" -> "Al Powell"). */
function withoutRank(words: string[]): string[] {
  let rest = words;
  for (let stripped = true; stripped && rest.length > 1; ) {
    stripped = false;
    const phrase = rankPhrases.find((p) => p.length < rest.length && p.every((w, i) => wordKey(rest[i]!) === w));
    if (phrase) rest = rest.slice(phrase.length);
    else if (ranks.has(wordKey(rest[0]!))) rest = rest.slice(1);
    else continue;
    stripped = true;
  }
  return rest;
}

// Keys by which someone playing themselves in a documentary is called: "Jiro", "Alex".
const playsSelf = (film: FilmContext, personId: string) => film.roles.some((r) => r.personId === personId && splitName(r.name).some((w) => notCharacters.has(wordKey(w))));
// "Bong Joon-ho", "Song Kang-ho": a given name hyphenated in lowercase follows the family name.
const FAMILY_NAME_FIRST = /^\p{Lu}[\p{Ll}\p{M}]*-\p{Ll}/u;
// "Smit-McPhee", "Bartholomew-Strydom": a double surname, each part capitalized.
const DOUBLE_SURNAME = /^\p{Lu}[\p{L}\p{M}'’]+[\u2010\u2011\u2013-]\p{Lu}[\p{L}\p{M}'’]+$/u;

/**
 * The parts of people's double surnames, where they are no other name of the film: "McPhee" and
 * "Kodi McPhee" for Kodi Smit-McPhee (capitalized on both sides of the hyphen); "Craig
 * Bartholomew" and "Bonham Carter" for a name of three words (not an initial: "Samuel L."), which
 * critics cut to two as the credits do not; a surname with its particles ("De Niro", "del Toro").
 */
function addSurnameParts(index: NameIndex, film: FilmContext): void {
  const parts: { short?: string; full: string; target: NameTarget; surname?: boolean }[] = [];
  for (const person of film.people) {
    const target: NameTarget = { type: "Person", id: person.id, name: person.name };
    const words = splitName(person.name);
    const named = words.filter((w) => !SUFFIXES.has(wordKey(w)));
    const last = named[named.length - 1];
    if (named.length < 2 || !last) continue;
    if (DOUBLE_SURNAME.test(last)) {
      for (const part of last.split(/[\u2010\u2011\u2013-]/)) {
        if (wordKey(part).length >= 3) parts.push({ short: nameKey([part]), full: nameKey([...named.slice(0, -1), part]), target });
      }
    } else if (named.length > 2 && particles.has(named[named.length - 2]!.toLowerCase())) {
      // "De Niro", "del Toro", "van der Berg": the surname with its particles, mid-sentence too.
      let from = named.length - 2;
      while (from > 1 && particles.has(named[from - 1]!.toLowerCase())) from--;
      parts.push({ full: nameKey(named.slice(from)), target, surname: true });
    } else if (words.length === 3 && words.every((w) => /^\p{Lu}/u.test(w) && wordKey(w).length >= 3 && !w.includes(".") && !particles.has(w.toLowerCase()))) {
      parts.push({ full: nameKey(words.slice(0, 2)), target }, { full: nameKey(words.slice(1)), target, surname: true });
    }
  }
  // A key two people would get is no one's.
  const owners = (key: string) => new Set(parts.filter((p) => p.short === key || p.full === key).map((p) => p.target.id));
  for (const { short, full, target, surname } of parts) {
    if (short && !index.full.has(short) && !index.short.has(short) && owners(short).size === 1) add(index.short, short, target);
    if (!index.full.has(full) && !index.short.has(full) && owners(full).size === 1) {
      add(index.full, full, target);
      if (surname) index.surnames.add(full);
    }
  }
}

// "S.", "B": a middle initial, which critics often leave out.
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;
// "Soon-ja", "Yuh-jung": a given name hyphenated before a lowercase syllable, which critics often write joined.
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+[\u2010\u2011-]\p{Ll}+$/u;

/**
 * Names as critics write them where the credits differ: without a middle initial ("Alan Kim" for
 * Alan S. Kim) and with a hyphenated given name joined ("Soonja" for Soon-ja, "Youn Yuhjung").
 * A variant that is already a name of the film, or that two credits would share, is no one's.
 */
function addWrittenVariants(index: NameIndex, film: FilmContext): void {
  const variants: { key: string; target: NameTarget; single: boolean }[] = [];
  const credits: [string, NameTarget][] = [
    ...film.people.map((p): [string, NameTarget] => [p.name, { type: "Person", id: p.id, name: p.name }]),
    ...film.roles.map((r): [string, NameTarget] => [r.name, { type: "Role", id: r.id, name: r.name, personId: r.personId }]),
  ];
  for (const [name, target] of credits) {
    const words = splitName(name);
    const withoutInitials = words.filter((w, i) => i === 0 || i === words.length - 1 || !MIDDLE_INITIAL.test(w));
    if (withoutInitials.length >= 2 && withoutInitials.length < words.length) variants.push({ key: nameKey(withoutInitials), target, single: false });
    if (words.some((w) => HYPHENATED_GIVEN_NAME.test(w))) {
      const joined = words.map((w) => (HYPHENATED_GIVEN_NAME.test(w) ? w.replace(/[\u2010\u2011-]/, "") : w));
      variants.push({ key: nameKey(joined), target, single: joined.length === 1 });
    }
  }
  const owners = (key: string) => new Set(variants.filter((v) => v.key === key).map((v) => v.target.id));
  for (const { key, target, single } of variants) {
    if (index.full.has(key) || index.short.has(key) || owners(key).size !== 1) continue;
    add(index.full, key, target);
    if (single) index.singleNames.add(key);
  }
}

/** "Felix DiTullio" of Felix "Skinny Razor" DiTullio: a credit without the nickname in quotes inside it. */
function withoutNicknames(name: string): string {
  let rest = name;
  for (const [from, to] of nicknameSpans(name).reverse()) rest = `${rest.slice(0, from)} ${rest.slice(to)}`;
  return rest;
}

/** The words of each quoted nickname inside a credit: [["Rooster"]] of Bradley "Rooster" Bradshaw. */
function nicknamesOf(name: string): string[][] {
  return nicknameSpans(name).map(([from, to]) => splitName(name.slice(from, to).replace(/[“”"‘’']/gu, "").trim())).filter((w) => w.length > 0);
}

const isDescription = (words: string[]) => {
  const head = wordKey(words[words.length - 1]!);
  return personNouns.has(head) || occupationNouns.has(head);
};

/** The names of a film's people and characters, full and short. */
export function buildNameIndex(film: FilmContext): NameIndex {
  const index: NameIndex = { full: new Map(), short: new Map(), phrases: [], surnames: new Set(), singleNames: new Set() };
  const familyFirst: [string, NameTarget][] = [];
  // "Hart" of a "Mrs. Hart": the name without its honorific ("Mr", "Mrs"), which others of the family may bear.
  const bareSurnames = new Set<string>();
  for (const person of film.people) {
    const target: NameTarget = { type: "Person", id: person.id, name: person.name };
    const words = splitName(person.name);
    add(index.full, nameKey(words), target);
    if (words.length > 2 && words.slice(1, -1).some((w) => /^\p{Ll}+$/u.test(w)) && /^\p{Lu}/u.test(words[0]!)) index.phrases.push({ text: words.join(" "), target });
    const named = words.filter((w) => !SUFFIXES.has(wordKey(w)));
    if (named.length > 1) {
      add(index.short, nameKey([named[named.length - 1]!]), target);
      // "Downey Jr.'s": the surname with its suffix.
      if (named.length < words.length) add(index.full, nameKey(words.slice(named.length - 1)), target);
      if (FAMILY_NAME_FIRST.test(named[named.length - 1]!)) familyFirst.push([nameKey([named[0]!]), target]);
      // A documentary's subject is called by the first name ("Alex", "Jiro").
      if (playsSelf(film, person.id) && wordKey(named[0]!).length > 1) {
        add(index.short, nameKey([named[0]!]), target);
      }
    }
  }
  for (const role of film.roles) {
    // "Eddie Brock / Venom", "T'Challa / Black Panther": a character credited by two names; the
    // second, an alter ego, is found whole ("Black" alone is no one).
    const [credited, ...alterEgos] = role.name.split(/\s+\/\s+/).map(withoutNicknames);
    const words = splitName(credited!);
    if (words.length === 0 || words.some((w) => notCharacters.has(wordKey(w)))) continue;
    const age = words.map(ageCue).find((a) => a !== undefined && words.length > 1);
    const target: NameTarget = { type: "Role", id: role.id, name: role.name, personId: role.personId, ...(age ? { age } : {}) };
    add(index.full, nameKey(words), target);
    for (const alterEgo of alterEgos) {
      const egoWords = splitName(alterEgo);
      if (egoWords.length === 0) continue;
      add(index.full, nameKey(egoWords), target);
      if (egoWords.length === 1) index.singleNames.add(nameKey(egoWords));
    }
    if (words.length === 1) index.singleNames.add(nameKey(words));
    // "Rooster" of Bradley "Rooster" Bradshaw: the story calls the character by the nickname.
    for (const nickname of nicknamesOf(role.name)) add(index.short, nameKey(nickname), target);
    // "Man in the Woods": a person described, with lowercase words, is found as written, not by its
    // words ("Elizabeth of York" is still "Elizabeth").
    if (personNouns.has(wordKey(words[0]!)) && words.slice(1, -1).some((w) => /^\p{Ll}+$/u.test(w) && !DESCRIPTORS.has(w) && !particles.has(w))) {
      index.phrases.push({ text: words.join(" "), target });
      continue;
    }
    // "Amphibian Man", "Mattel CEO", "Old Man": a character credited by what it is, not by a name, is
    // found only as credited; its words alone ("Man of Steel", "the Mattel doll") are someone else.
    if (words.length > 1 && isDescription(words)) continue;
    // A letter alone is no name ("Grade: D+" is not Madame D.), unless credited so ("Q").
    const named = withoutRank(words).filter(
      (w) => !honorifics.has(wordKey(w)) && !DESCRIPTORS.has(wordKey(w)) && !SUFFIXES.has(wordKey(w)) && wordKey(w).length > 1,
    );
    if (named.length !== words.length && named.length > 0) {
      add(index.full, nameKey(named), target);
      // Not after a rank: "Lance Corporal Blake" is the Blake of the story, his brother "Lieutenant Joseph Blake".
      if (named.length === 1 && words.some((w) => honorifics.has(wordKey(w)))) bareSurnames.add(nameKey(named));
    }
    // "King of Stormhold", "Elizabeth of York": what follows "of" is a place, not the character's name;
    // the title with its place ("Princess of Wales") is found as written.
    const of = named.indexOf("of");
    const own = of >= 0 ? named.slice(0, of) : named;
    const ofCredited = words.indexOf("of");
    if (ofCredited > 0 && ofCredited < words.length - 1) index.phrases.push({ text: words.slice(ofCredited - 1).join(" "), target });
    if (own.length > 1) {
      add(index.short, nameKey([own[0]!]), target);
      add(index.short, nameKey([own[own.length - 1]!]), target);
    } else if (own.length === 1 && words.length > 1) {
      add(index.short, nameKey(own), target);
    }
  }
  // "Hart" when the film has a "Mrs. Hart" and a "Tom Hart": any of them.
  for (const key of bareSurnames) for (const t of index.short.get(key) ?? []) add(index.full, key, t);
  addSurnameParts(index, film);
  addWrittenVariants(index, film);
  // "Bong", "Song": a family name written first, when no one else of the film is called by it ("Park" may be a character).
  for (const [key, target] of familyFirst) {
    if (!index.full.has(key) && !index.short.has(key) && familyFirst.filter(([k]) => k === key).length === 1) {
      add(index.short, key, target);
    }
  }
  // "J.D." is both "Young J.D." and the first name of "J.D. Vance": the versions of one character by age stay together.
  for (const [key, targets] of index.full) {
    if (targets.some((t) => t.age)) for (const t of index.short.get(key) ?? []) add(index.full, key, t);
  }
  return index;
}
