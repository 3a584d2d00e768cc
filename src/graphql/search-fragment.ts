// The "matching fragment" of a search hit: a short window of the matched text around the first
// place where a term of the query occurs.

import { foldText } from "../graph/text-fold";

const LUCENE_OPERATORS = new Set(["AND", "OR", "NOT", "TO"]);

/** The plain words of a Lucene query: operators, field names, wildcards, boosts and fuzziness dropped. */
export function queryTerms(query: string): string[] {
  const plain = query
    .replace(/[\p{L}\p{N}_]+:/gu, " ") // field:
    .replace(/[\^~][\d.]*/g, " "); // boost^2, fuzzy~0.8
  const words = (plain.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).filter((w) => !LUCENE_OPERATORS.has(w));
  return [...new Set(words.map(foldText).filter(Boolean))];
}

/**
 * The text folded as keys are (src/graph/text-fold.ts), code point by code point, with where each
 * folded code unit came from in the text: folding changes lengths ("ß" -> "ss", a combining mark ->
 * nothing, an emoji is two code units), so offsets found in the folded text are mapped back.
 */
function foldWithOffsets(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let at = 0;
  for (const c of text) {
    const f = foldText(c);
    for (let i = 0; i < f.length; i += 1) origin.push(at);
    folded += f;
    at += c.length;
  }
  origin.push(at);
  return { folded, origin };
}

/** Where a term first starts at a word start in `text` (folded as keys are), in code units of `text`. */
function firstMatch(text: string, terms: string[]): { start: number; end: number } | undefined {
  const { folded, origin } = foldWithOffsets(text);
  let best: { start: number; end: number } | undefined;
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at >= 0 && at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1] ?? "")) at = folded.indexOf(term, at + 1);
    if (at >= 0 && (!best || origin[at]! < best.start)) best = { start: origin[at]!, end: origin[at + term.length]! };
  }
  return best;
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The grapheme boundary at or before `index` (UAX #29): a cut there never splits a character. */
function graphemeStart(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return Math.max(0, Math.min(index, text.length));
  return graphemeSegmenter.segment(text).containing(index)?.index ?? index;
}

/**
 * A window of at most about `width` characters of `text` around the first query term, cut at word
 * boundaries, with "…" where text was left out. Without a visible match, the text's beginning.
 */
export function matchFragment(text: string, query: string, width = 120): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= width) return clean;
  const match = firstMatch(clean, queryTerms(query)) ?? { start: 0, end: 0 };
  const room = Math.max(0, width - (match.end - match.start));
  let start = Math.max(0, match.start - Math.floor(room / 3));
  let end = Math.min(clean.length, start + width);
  start = Math.max(0, Math.min(start, end - width));
  if (start > 0) {
    const space = clean.indexOf(" ", start);
    if (space >= 0 && space < match.start) start = space + 1;
  }
  if (end < clean.length) {
    const space = clean.lastIndexOf(" ", end);
    if (space > match.end) end = space;
  }
  start = graphemeStart(clean, start);
  end = graphemeStart(clean, end);
  return `${start > 0 ? "…" : ""}${clean.slice(start, end)}${end < clean.length ? "…" : ""}`;
}
