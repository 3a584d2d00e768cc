import stringWidth from "string-width";

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The user-perceived characters of a text (extended grapheme clusters, UAX #29, by Intl.Segmenter). */
export function graphemes(text: string): string[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => s.segment);
}

/**
 * Terminal columns of one grapheme: 0 for marks, format characters (zero-width joiners, bidi
 * controls) and controls alone; 2 for emoji and East Asian wide or full-width characters (UAX #11,
 * by string-width on the grapheme's base character); 1 otherwise. Combining marks (Arabic harakat,
 * Hebrew niqqud, accents) add nothing to their base.
 */
export function graphemeWidth(grapheme: string): number {
  const visible = grapheme.replace(/[\p{M}\p{Cf}\p{Cc}]/gu, "");
  if (visible === "") return 0;
  if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(grapheme)) return 2;
  return Math.min(2, Math.max(1, stringWidth(String.fromCodePoint(visible.codePointAt(0)!))));
}

/** Terminal columns of a text: the sum over its graphemes. */
export function displayWidth(text: string): number {
  return graphemes(text).reduce((sum, g) => sum + graphemeWidth(g), 0);
}

/** The text cut to at most `columns` columns, whole graphemes only, "…" at the end when cut. */
export function truncateToWidth(text: string, columns: number): string {
  if (displayWidth(text) <= columns) return text;
  let out = "";
  let used = 0;
  for (const g of graphemes(text)) {
    const w = graphemeWidth(g);
    if (used + w > columns - 1) break;
    out += g;
    used += w;
  }
  return `${out}…`;
}

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko ... and their presentation forms). */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * A table cell isolated from its neighbours for the Unicode bidirectional algorithm (UAX #9, FSI ...
 * PDI) when it holds right-to-left text, so a terminal does not reorder it across the columns. The
 * isolates take no columns.
 */
export const isolateBidi = (text: string): string => (RTL.test(text) ? `\u2068${text}\u2069` : text);
