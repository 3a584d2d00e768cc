import type { Sentence } from "../analysis-types";
import { tokenize, type Token } from "./tokens";

export interface AnalysedSentence extends Sentence {
  index: number;
  tokens: Token[];
}

/**
 * The review's sentences with their tokens. wink finds sentence ends; a line break also ends a
 * sentence (headings such as "Quick Info" and paragraph breaks are not punctuated).
 */
export function splitSentences(text: string): AnalysedSentence[] {
  const { tokens, sentenceSpans } = tokenize(text);
  const sentences: AnalysedSentence[] = [];
  const flush = (words: Token[]) => {
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
  for (const [from, to] of sentenceSpans) {
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
    }
    flush(words);
  }
  return sentences;
}

// Particles wink reads with a following full stop as an abbreviation ("in." for inches).
const PARTICLE_WITH_STOP = /^(in)\.$/iu;
