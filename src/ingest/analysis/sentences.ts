import type { Sentence } from "../analysis-types";
import { isTitleCaseHeadline, retagHeadline } from "./headline-case";
import { tokenize, type Token } from "./tokens";

export interface AnalysedSentence extends Sentence {
  index: number;
  tokens: Token[];
}

/**
 * The review's sentences with their tokens. wink finds sentence ends; a line break also ends a
 * sentence (headings such as "Quick Info" and paragraph breaks are not punctuated). `names`: the
 * film's credited names and title, which a Title-Case headline keeps as names when it is read
 * again as running text (headline-case.ts).
 */
export function splitSentences(text: string, names: readonly string[] = []): AnalysedSentence[] {
  const { tokens, sentenceSpans } = tokenize(text);
  const sentences: AnalysedSentence[] = [];
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/[\s-]+/u)).filter((w) => w.length > 0));
  const flush = (written: Token[]) => {
    const words = isTitleCaseHeadline(written) ? retagHeadline(written, text, nameWords) : written;
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return;
    sentences.push({
      index: sentences.length,
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      tokens: words,
    });
  };
  for (const [from, to] of joinFalseEnds(tokens, sentenceSpans, text)) {
    let words: Token[] = [];
    let previousEnd = -1;
    for (let i = from; i <= to; i++) {
      const token = tokens[i];
      if (!token) continue;
      const gap = previousEnd >= 0 ? text.slice(previousEnd, token.start) : "";
      if (token.pos === "SPACE" || gap.includes("\n")) {
        if (token.text.includes("\n") || gap.includes("\n")) {
          flush(words);
          words = [];
        }
        if (token.pos === "SPACE") continue;
      }
      // "phones it in. The film ...": wink keeps "in." whole (inches); as the last word of a
      // sentence it is the particle and the full stop.
      const stop = PARTICLE_WITH_STOP.exec(token.text);
      const next = tokens[i + 1];
      if (stop && (i === to || !next || /^\p{Lu}/u.test(next.text) || next.pos === "SPACE")) {
        const particle = stop[1]!;
        words.push({ ...token, text: particle, normal: particle.toLowerCase(), lemma: particle.toLowerCase(), pos: "ADP", end: token.end - 1 });
        words.push({ text: ".", normal: ".", lemma: ".", pos: "PUNCT", negated: false, start: token.end - 1, end: token.end });
        previousEnd = token.end;
        if (i !== to) {
          flush(words);
          words = [];
        }
        continue;
      }
      words.push(token);
      previousEnd = token.end;
      // "The only problem may be the fish that was served for dinner… Contains some funny bits":
      // wink goes on past an ellipsis; a capital after it opens the next sentence.
      if (ELLIPSES.has(token.text) && i < to && opensASentence(tokens, i + 1, to)) {
        flush(words);
        words = [];
      }
    }
    flush(words);
  }
  return sentences;
}

const CLOSING = new Set(['"', "”", "’", "'", ")"]);
const ELLIPSES = new Set(["…", "..."]);
const DASHES = new Set(["—", "–", "-", "--"]);

/** Whether the first word from `from` (spaces skipped, up to `to`) begins with a capital. */
function opensASentence(tokens: Token[], from: number, to: number): boolean {
  let n = from;
  while (n <= to && tokens[n]?.pos === "SPACE") n++;
  return n <= to && /^\p{Lu}/u.test(tokens[n]?.text ?? "");
}

/**
 * wink ends a sentence after an abbreviation ("Kill Bill: Vol. 1's", "by Warner Bros. in 2004"),
 * at a "!" or "?" inside a quotation or brackets ("to see where the "BOO!" will come from"), and at
 * a full stop before a closing bracket ("(1984, 158 min.)—it binds up ..."). The sentence goes on
 * when the next word, on the same line and maybe after a dash, is in lowercase (or, after an
 * abbreviation, a number).
 */
function joinFalseEnds(tokens: Token[], spans: [number, number][], text: string): [number, number][] {
  const joined: [number, number][] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && continues(tokens, previous[1], span[0], text)) previous[1] = span[1];
    else joined.push([span[0], span[1]]);
  }
  return joined;
}

function continues(tokens: Token[], end: number, start: number, text: string): boolean {
  let k = end;
  while (k >= 0 && tokens[k]?.pos === "SPACE") k--;
  if (endsWithAbbreviation(tokens, k) && nextWordGoesOn(tokens, end, start, text, /^[\p{Ll}\p{N}]/u)) return true;
  // "(Prince of Persia?!), he seems ...": wink ends the sentence before the bracket that closes after "!" or "?".
  if ((tokens[k]?.text === "!" || tokens[k]?.text === "?") && CLOSING.has(tokens[start]?.text ?? "")) {
    let n = start;
    while (CLOSING.has(tokens[n]?.text ?? "")) n++;
    const next = tokens[n];
    if (next && (next.text === "," || next.text === ";" || /^\p{Ll}/u.test(next.text)) && !text.slice(tokens[end]!.end, next.start).includes("\n")) return true;
  }
  // "Will Smith vs. Will Smith": "vs." and "cf." go on to what they set against, a name or a title.
  if (endsWithAbbreviation(tokens, k) && NEVER_LAST.has(tokens[k - 1]!.normal) && nextWordGoesOn(tokens, end, start, text, /^\S/u)) return true;
  if (!CLOSING.has(tokens[k]?.text ?? "")) return false;
  const bracket = tokens[k]!.text === ")";
  while (k >= 0 && CLOSING.has(tokens[k]!.text)) k--;
  const stop = tokens[k]?.text ?? "";
  // A stop inside the bracket ends an abbreviation ("min.)"), or the bracket's own sentence when a capital follows.
  // "“We didn’t last one week in suburbia!” Natalie explodes": the speaker and the verb of speaking close the quotation's sentence.
  if (!bracket && (stop === "!" || stop === "?" || stop === ".") && saidBy(tokens, end, start, text)) return true;
  if (stop !== "!" && stop !== "?" && !(bracket && (stop === "." || tokens[k]?.text.endsWith(".")))) return false;
  return nextWordGoesOn(tokens, end, start, text, /^\p{Ll}/u);
}

// Verbs that attribute a quotation to its speaker, as lemmas.
const SPEAKING = new Set([
  "say", "ask", "tell", "explode", "shout", "yell", "cry", "scream", "declare", "exclaim", "snap", "whisper", "mutter", "insist",
  "announce", "reply", "quip", "sneer", "bark", "growl", "deadpan", "retort", "remark", "plead", "beg", "wail", "sob", "hiss", "muse",
]);

/** Whether the sentence opening at `start` is a speaker's name (capitalized words, up to three) and a verb of speaking, on the same line. */
function saidBy(tokens: Token[], end: number, start: number, text: string): boolean {
  let n = start;
  while (tokens[n]?.pos === "SPACE") n++;
  const first = n;
  while (n < first + 3 && tokens[n]?.pos === "PROPN" && /^\p{Lu}/u.test(tokens[n]!.text)) n++;
  const verb = tokens[n];
  return n > first && verb?.pos === "VERB" && SPEAKING.has(verb.lemma) && !text.slice(tokens[end]!.end, tokens[first]!.start).includes("\n");
}

/** Whether the next sentence's first word (after spaces and dashes, on the same line) matches `opening`. */
function nextWordGoesOn(tokens: Token[], end: number, start: number, text: string, opening: RegExp): boolean {
  let n = start;
  while (tokens[n]?.pos === "SPACE" || DASHES.has(tokens[n]?.text ?? "")) n++;
  const next = tokens[n];
  return next !== undefined && opening.test(next.text) && !text.slice(tokens[end]!.end, next.start).includes("\n");
}

// Abbreviations wink takes for a sentence's end ("Kill Bill: Vol. 1", "Warner Bros. in 2004", "Fig. 3").
// Capitalized as written ("No. 2", not "said no. 2 more"), but for those only ever abbreviations.
const CAPITALIZED_ABBREVIATIONS = new Set(["vol", "vols", "no", "nos", "pt", "pts", "ch", "chap", "ep", "eps", "fig", "figs", "op", "bros", "inc", "ltd", "corp", "co", "jr", "sr", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);
const ABBREVIATIONS = new Set(["vs", "cf", "ca", "pp", "approx"]);
const NEVER_LAST = new Set(["vs", "cf"]);

/** The token at k is a full stop written against an abbreviation ("Vol."). */
function endsWithAbbreviation(tokens: Token[], k: number): boolean {
  const stop = tokens[k];
  const word = tokens[k - 1];
  if (stop?.text !== "." || word === undefined || word.end !== stop.start) return false;
  return ABBREVIATIONS.has(word.normal) || (CAPITALIZED_ABBREVIATIONS.has(word.normal) && /^\p{Lu}/u.test(word.text));
}

// Particles wink reads with a following full stop as an abbreviation ("in." for inches).
const PARTICLE_WITH_STOP = /^(in)\.$/iu;
