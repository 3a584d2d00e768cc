// The "matching fragment" of a search hit: a short window of the matched text around the first
// place where a term of the query occurs.

const LUCENE_OPERATORS = new Set(["AND", "OR", "NOT", "TO"]);

/** The plain words of a Lucene query: operators, field names, wildcards, boosts and fuzziness dropped. */
export function queryTerms(query: string): string[] {
  const plain = query
    .replace(/[\p{L}\p{N}_]+:/gu, " ") // field:
    .replace(/[\^~][\d.]*/g, " "); // boost^2, fuzzy~0.8
  const words = (plain.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !LUCENE_OPERATORS.has(w));
  return [...new Set(words.map(fold))];
}

/** Lower case without accents, one code unit per character kept (so offsets stay valid). */
function fold(text: string): string {
  return [...text].map((c) => (c.normalize("NFD").replace(/[\u0300-\u036f]/g, "") || c).toLowerCase()[0] ?? c).join("");
}

/** Where a term first starts at a word start in `text` (case and accents ignored), or -1. */
function firstMatch(text: string, terms: string[]): { start: number; end: number } | undefined {
  const folded = fold(text);
  let best: { start: number; end: number } | undefined;
  for (const term of terms) {
    let at = folded.indexOf(term);
    while (at >= 0 && at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1] ?? "")) at = folded.indexOf(term, at + 1);
    if (at >= 0 && (!best || at < best.start)) best = { start: at, end: at + term.length };
  }
  return best;
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
  return `${start > 0 ? "…" : ""}${clean.slice(start, end)}${end < clean.length ? "…" : ""}`;
}
