import ASCIIFolder from "fold-to-ascii";

/**
 * The one folding of text the graph compares by: node keys, lookups, list filters and the review
 * analysis's name matching all go through it (and the full-text index folds the same way, with
 * Lucene's ASCIIFoldingFilter in Neo4j's `standard-folding` analyzer, which fold-to-ascii ports).
 *
 * 1. Unicode compatibility decomposition (NFKD, UAX #15): "é" -> "e" + U+0301, "ﬁ" -> "fi",
 *    full-width letters -> ASCII.
 * 2. Every combining mark (\p{M}: Latin accents, Arabic harakat, Hebrew niqqud, variation
 *    selectors) and every format character (\p{Cf}: bidi marks, zero-width joiners, soft hyphens)
 *    is dropped, as is the Arabic tatweel (U+0640), a stretching stroke.
 * 3. Letters that do not decompose are folded by fold-to-ascii (a port of Lucene's
 *    ASCIIFoldingFilter): "ß" -> "ss", "ø" -> "o", "Ł" -> "L", "æ" -> "ae", typographic quotes
 *    and dashes -> ASCII ones. Scripts without a Latin folding (Arabic, Hebrew, Greek, Cyrillic,
 *    CJK ...) keep their letters.
 * 4. Lower case (locale-independent).
 */
export function foldText(text: string): string {
  return ASCIIFolder.foldMaintaining(text.normalize("NFKD").replace(/[\p{M}\p{Cf}\u0640]/gu, "")).toLowerCase();
}

/** Apostrophes of every kind: dropped inside a word ("O’Brien" = "O'Brien" = "OBrien"). */
const APOSTROPHES = /['`´ʹʻʼʽˈ′‘’‛]/g;
/** A word (letters and digits) or one symbol (emoji, "+", "$", "&" is punctuation). */
const TOKEN = /[\p{L}\p{N}]+|\p{S}/gu;

/**
 * The words of a name or title after folding: punctuation and spaces separate words, symbols
 * (emoji, "+", "$") are words of their own, and a run of single letters ("J. R. R.", "J R R",
 * "JRR" alike) is joined into one word. ["jrr", "tolkien"] for "J.R.R. Tolkien".
 */
export function foldedWords(text: string): string[] {
  const tokens = foldText(text).replace(APOSTROPHES, "").match(TOKEN) ?? [];
  const words: string[] = [];
  let initials = "";
  for (const token of tokens) {
    if (/^\p{L}$/u.test(token)) {
      initials += token;
      continue;
    }
    if (initials) words.push(initials);
    initials = "";
    words.push(token);
  }
  if (initials) words.push(initials);
  return words;
}
