import nlpCompromise from "compromise";
import { criticismLexicon } from "./lexicon";
import { nameKey, wordKey, type NameIndex, type NameTarget } from "./name-index";
import { findNameRuns } from "./name-runs";

/** A name found in a sentence, with offsets in the sentence; resolved to one target or not. */
export type NameMention =
  | { kind: "linked"; surface: string; start: number; end: number; target: NameTarget }
  | { kind: "unresolved"; surface: string; start: number; end: number; reason: "unknown" | "ambiguous"; candidates: NameTarget[] };

const honorifics = new Set(criticismLexicon.honorifics);
const ARTICLES = new Set(["the", "a", "an"]);

const lookup = (index: NameIndex, words: string[]): NameTarget[] | undefined => {
  const key = nameKey(words);
  return index.full.get(key) ?? (words.length === 1 ? index.short.get(key) : undefined);
};
const known = (index: NameIndex, word: string) => lookup(index, [word]) !== undefined;

/** People compromise recognizes in the sentence (lowercased keys), computed only when needed. */
function personNamesIn(sentence: string): string[] {
  return nlpCompromise(sentence)
    .people()
    .out("array")
    .map((name: string) => nameKey(name.split(/\s+/)));
}

/**
 * Finds the names of a sentence and links each to the one person or character it can mean. A name
 * that fits several (a shared surname) or none of the film's credits is kept unresolved, never
 * guessed; a longer name that merely contains a known surname ("Paul Thomas Anderson") is unknown.
 */
export function linkNames(sentence: string, index: NameIndex, filmTitle: string): NameMention[] {
  const titleAt = (() => {
    const spans: [number, number][] = [];
    if (index.full.has(nameKey(filmTitle.split(/\s+/)))) return spans;
    for (let at = sentence.indexOf(filmTitle); at >= 0; at = sentence.indexOf(filmTitle, at + 1)) spans.push([at, at + filmTitle.length]);
    return spans;
  })();
  let people: string[] | undefined;
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
    // "Oscar-winner Riz Ahmed": a full name at the end of the run.
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
    } else {
      people ??= personNamesIn(sentence);
      const key = nameKey(words);
      if (people.some((p) => p === key || p.startsWith(`${key} `) || p.endsWith(` ${key}`) || p.includes(` ${key} `))) {
        mentions.push({ kind: "unresolved", surface, start, end: run.end, reason: "unknown", candidates: [] });
      }
    }
  }
  return mentions;
}
