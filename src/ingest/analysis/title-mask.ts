import type { AnalysedSentence } from "./sentences";

export const TITLE_LEMMA = "<title>";

/**
 * Marks the words of the film's title where the review names the film, so that a title like "The Sound of Music"
 * is not read as sound or music and "Manchester by the Sea" not as a theme of the sea.
 */
export function maskFilmTitle(sentences: AnalysedSentence[], title: string): AnalysedSentence[] {
  // ’ and ' are one letter here: a review types the title's apostrophe either way (same length, so offsets hold).
  const sameApostrophe = (text: string) => text.replace(/[’‘]/g, "'");
  const needle = sameApostrophe(title.toLowerCase());
  return sentences.map((sentence) => {
    const lower = sameApostrophe(sentence.text.toLowerCase());
    const spans: [number, number][] = [];
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      // Only where it is written as a title (capitalized), not where the words are used as words.
      if (/^\p{Lu}/u.test(sentence.text.charAt(at))) spans.push([sentence.start + at, sentence.start + at + needle.length]);
    }
    if (spans.length === 0) return sentence;
    const tokens = sentence.tokens.map((t) =>
      spans.some(([s, e]) => t.start >= s && t.end <= e) ? { ...t, lemma: TITLE_LEMMA, normal: TITLE_LEMMA, pos: "PROPN" } : t,
    );
    return { ...sentence, tokens };
  });
}
