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
const ARTICLES = new Set(["the", "a", "an"]);

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
export function linkNames(sentence: string, index: NameIndex, filmTitle: string, properNoun: (start: number, end: number) => boolean): NameMention[] {
  const titleAt = (() => {
    const spans: [number, number][] = [];
    if (index.full.has(nameKey(filmTitle.split(/\s+/)))) return spans;
    for (let at = sentence.indexOf(filmTitle); at >= 0; at = sentence.indexOf(filmTitle, at + 1)) spans.push([at, at + filmTitle.length]);
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
    const surface = sentence.slice(start, run.end);
    let targets = lookup(index, words);
    // "Oscar-winner J.K. Simmons": a full name at the end of the run.
    for (let from = 1; !targets && from < words.length - 1; from++) {
      const tail = index.full.get(nameKey(words.slice(from)));
      if (tail) {
        targets = tail;
        start = sentence.indexOf(words[from]!, start);
      }
    }
    if (targets && targets.length === 1) {
      mentions.push({ kind: "linked", surface: sentence.slice(start, run.end), start, end: run.end, target: targets[0]! });
    } else if (targets && targets.length > 1) {
      mentions.push({ kind: "unresolved", surface, start, end: run.end, reason: "ambiguous", candidates: targets });
    } else if (properNoun(start, run.end)) {
      mentions.push({ kind: "unknown", surface, start, end: run.end, key: nameKey(words), name: words.join(" ") });
    }
  }
  return mentions;
}
