import nlpCompromise from "compromise";
import { criticismLexicon } from "./lexicon";
import { nameKey, wordKey, type NameIndex, type NameTarget } from "./name-index";
import { findNameRuns } from "./name-runs";

/**
 * A name found in a sentence, with offsets in the sentence: resolved to one target, ambiguous, or
 * a proper noun that matches no credit (a person only if recognizePeople says so).
 */
export type NameMention =
  | { kind: "linked"; surface: string; start: number; end: number; target: NameTarget }
  | { kind: "unresolved"; surface: string; start: number; end: number; reason: "ambiguous"; candidates: NameTarget[] }
  | { kind: "unknown"; surface: string; start: number; end: number; key: string; name: string };

const honorifics = new Set(criticismLexicon.honorifics);
const workNouns = new Set(criticismLexicon.workNouns);
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
      if (index.full.has(nameKey(words.slice(from, from + length)))) return [from, from + length];
    }
  }
  const first = index.full.get(nameKey([words[0]!]));
  if (first && first.every((t) => t.type === "Role") && words.slice(1).every(ordinaryWord)) return [0, 1];
  return undefined;
}

const lookup = (index: NameIndex, words: string[]): NameTarget[] | undefined => {
  const key = nameKey(words);
  return index.full.get(key) ?? (words.length === 1 ? index.short.get(key) : undefined);
};
const known = (index: NameIndex, word: string) => lookup(index, [word]) !== undefined;

/**
 * Which of the unknown proper nouns of a review are people's names ("Darren Aronofsky", not
 * "Miami"), by compromise. One call per review: each call costs a few milliseconds however short.
 */
export function recognizePeople(unknown: { name: string; key: string }[]): Set<string> {
  if (unknown.length === 0) return new Set();
  // Without possessives: compromise reads "Darren Aronofsky's" as "Darren".
  const people: string[] = nlpCompromise(unknown.map((u) => u.name).join(". "))
    .people()
    .out("array")
    .map((name: string) => nameKey(name.replace(/[.,;:]+$/, "").replace(/['’]s?$/, "").split(/\s+/)));
  const recognized = new Set<string>();
  for (const { key } of unknown) {
    if (people.some((p) => p === key || p.startsWith(`${key} `) || p.endsWith(` ${key}`) || p.includes(` ${key} `))) recognized.add(key);
  }
  return recognized;
}

/**
 * Finds the names of a sentence (properNoun: whether wink tags every word of a span of the
 * sentence as a proper noun) and links each to the one person or character it can mean. A name
 * that fits several (a shared surname) or none of the film's credits is kept unresolved, never
 * guessed; a longer name that merely contains a known surname ("Paul Thomas Anderson") is unknown.
 */
export function linkNames(
  sentence: string,
  index: NameIndex,
  filmTitle: string,
  properNoun: (start: number, end: number) => boolean,
  ordinaryWord: (word: string) => boolean = () => false,
): NameMention[] {
  const titleAt = (() => {
    const spans: [number, number][] = [];
    if (index.full.has(nameKey(filmTitle.split(/\s+/)))) return spans;
    const text = sameApostrophe(sentence);
    const title = sameApostrophe(filmTitle);
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) spans.push([at, at + title.length]);
    return spans;
  })();
  const mentions: NameMention[] = [];
  for (const run of findNameRuns(sentence)) {
    if (titleAt.some(([s, e]) => run.start < e && run.end > s)) continue;
    let words = [...run.words];
    let start = run.start;
    // Drop what precedes the name: an honorific, an article, or the sentence's first word ("When Ruben").
    while (
      words.length > 1 &&
      !index.full.has(nameKey(words)) &&
      !known(index, words[0]!) &&
      (honorifics.has(wordKey(words[0]!)) || ARTICLES.has(wordKey(words[0]!)) || start === 0)
    ) {
      start = sentence.indexOf(words[1]!, start + words[0]!.length);
      words = words.slice(1);
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
      }
    }
    const surface = sentence.slice(start, end);
    // "the first Bramble movie": a character's name before "movie", "film", "series" names a work.
    const nextWord = NEXT_WORD.exec(sentence.slice(end))?.[1]?.toLowerCase();
    if (targets && nextWord && workNouns.has(nextWord)) targets = targets.filter((t) => t.type !== "Role");
    if (targets && targets.length === 0) continue;
    // "Oscar-winner J.K. Simmons": a full name at the end of the run.
    for (let from = 1; !targets && from < words.length - 1; from++) {
      const tail = index.full.get(nameKey(words.slice(from)));
      if (tail) {
        targets = tail;
        start = sentence.indexOf(words[from]!, start);
      }
    }
    if (targets && targets.length === 1) {
      mentions.push({ kind: "linked", surface: sentence.slice(start, end), start, end, target: targets[0]! });
    } else if (targets && targets.length > 1) {
      mentions.push({ kind: "unresolved", surface, start, end, reason: "ambiguous", candidates: targets });
    } else if (properNoun(start, end)) {
      mentions.push({ kind: "unknown", surface, start, end, key: nameKey(words), name: words.join(" ") });
    }
  }
  return mentions;
}
