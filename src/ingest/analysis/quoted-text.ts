import type { Token } from "./tokens";

const OPENING = new Set(['"', "“"]);
const CLOSING = new Set(['"', "”"]);
// A quotation of at least this many words quotes someone else (a line, a tagline, a long title), not a scare-quoted word.
const QUOTATION_MIN_WORDS = 4;

/**
 * Token indexes inside double quotation marks that quote words not the critic's own: a line of
 * dialogue ("as the line goes: “Anywhere else it would be a crime, but this is Chicago.”"), a
 * tagline, another work's title ("based on the book “American Prometheus: The Triumph and Tragedy
 * of J. Robert Oppenheimer”"). Their words neither judge nor name an aspect. Quotations of fewer
 * than QUOTATION_MIN_WORDS words (a short title, a scare-quoted word, "Memory") and the film's own
 * title are left to the other rules.
 */
export function quotedText(tokens: Token[]): Set<number> {
  const inside = new Set<number>();
  for (let open = 0; open < tokens.length; open++) {
    if (!OPENING.has(tokens[open]!.text)) continue;
    let close = tokens.findIndex((t, k) => k > open && CLOSING.has(t.text));
    // "saying “people are gonna be mad“.": a typed opening mark that closes a quotation at the end of the sentence.
    if (close < 0 && tokens[open]!.text === "“") close = tokens.findIndex((t, k) => k > open && t.text === "“" && (k === tokens.length - 1 || tokens.slice(k + 1).every((w) => w.pos === "PUNCT")));
    if (close < 0) break;
    const words = tokens.slice(open + 1, close).filter((t) => t.pos !== "PUNCT");
    // The film's own title in quotation marks ("“Don’t Fear the Dark” is ...", masked by title-mask.ts) names the film.
    const filmTitle = words.every((t) => t.lemma.startsWith("<"));
    if (words.length >= QUOTATION_MIN_WORDS && !filmTitle) for (let k = open + 1; k < close; k++) inside.add(k);
    open = close;
  }
  return inside;
}
