import type { AnalysedSentence } from "./sentences";

export const TITLE_LEMMA = "<title>";

// An owner's name before the title proper: "Dr. Seuss' The Cat in the Hat", "Tim Burton's Corpse Bride".
const OWNER_PREFIX = /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?:'s|’s|'|’)\s+(?=\p{Lu})/u;

/**
 * The ways a review writes the film's title: as catalogued, and without an owner's name before it
 * ("The Cat in the Hat" for "Dr. Seuss' The Cat in the Hat"). Longest first.
 */
export function titleForms(title: string): string[] {
  const owner = OWNER_PREFIX.exec(title)?.[0];
  return owner ? [title, title.slice(owner.length)] : [title];
}

/**
 * Marks the words of the film's title where the review names the film, so that a title like "The Sound of Music"
 * is not read as sound or music and "Manchester by the Sea" not as a theme of the sea.
 */
export function maskFilmTitle(sentences: AnalysedSentence[], title: string): AnalysedSentence[] {
  // ’ and ', “ and ", – and - are one letter here: a review types the title's apostrophes, quotes and
  // hyphens either way (each is one UTF-16 unit, so offsets hold).
  const plainMarks = (text: string) => text.replace(/[’‘ʼ]/g, "'").replace(/[“”]/g, '"').replace(/[‐‑‒–—]/g, "-");
  const needles = titleForms(title).map((form) => plainMarks(form.toLowerCase()));
  return sentences.map((sentence) => {
    const lower = plainMarks(sentence.text.toLowerCase());
    const spans: [number, number][] = [];
    for (const needle of needles) {
      for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
        // Only where it is written as a title (capitalized), not where the words are used as words.
        if (/^\p{Lu}/u.test(sentence.text.charAt(at))) spans.push([sentence.start + at, sentence.start + at + needle.length]);
      }
    }
    if (spans.length === 0) return sentence;
    const tokens = sentence.tokens.map((t) =>
      spans.some(([s, e]) => t.start >= s && t.end <= e) ? { ...t, lemma: TITLE_LEMMA, normal: TITLE_LEMMA, pos: "PROPN" } : t,
    );
    return { ...sentence, tokens };
  });
}

const OTHER_WORK_LEMMA = "<other-work>";

// What a bracketed list of titles may hold besides capitalized words: "(Crazy Rich Asians)",
// ("Crazy Heart," "Black Mass"), (Frozen's Olaf), (Mr. Robot), (The Lord of the Rings).
const TITLE_PUNCTUATION = new Set(['"', "“", "”", "‘", "’", "'", ",", ".", ":", "&", "-", "!", "?", "'s", "’s"]);
const TITLE_FUNCTION_WORDS = new Set(["a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "from", "with", "by", "or", "is", "me", "my", "vs", "v"]);
// The word before the bracket: a name, whose credits the bracket lists.
const CREDITED_BEFORE = new Set(["PROPN"]);
const MAX_TITLES_LENGTH = 16;

/**
 * Marks titles of other works written in brackets after a name — the critic's "(Crazy Rich
 * Asians)", ("Crazy Heart," "Black Mass") — so that their words ("rich", "crazy") neither judge
 * nor name a theme. A bracket counts when it follows a capitalized word and holds only capitalized
 * words, title function words, numbers and quotes, and no word of a name the film credits (so
 * "UsNavi (Anthony Ramos)" stays a name). Offsets and text are kept; lemma and normal become
 * OTHER_WORK_LEMMA.
 */
export function maskOtherWorkTitles(sentences: AnalysedSentence[], creditedNames: string[]): AnalysedSentence[] {
  const nameWords = new Set(creditedNames.flatMap((n) => n.toLowerCase().split(/[\s.]+/u)).filter((w) => w.length > 1));
  return sentences.map((sentence) => {
    const { tokens } = sentence;
    let masked: typeof tokens | undefined;
    tokens.forEach((t, open) => {
      if (t.text !== "(" || !CREDITED_BEFORE.has(tokens[open - 1]?.pos ?? "")) return;
      let close = open + 1;
      while (close < tokens.length && close - open <= MAX_TITLES_LENGTH && tokens[close]!.text !== ")") close++;
      if (tokens[close]?.text !== ")" || close === open + 1) return;
      const inside = tokens.slice(open + 1, close);
      const titleWord = (w: (typeof tokens)[number]) => /^\p{Lu}/u.test(w.text) || /^\d/u.test(w.text);
      const fits = inside.every((w) => titleWord(w) || TITLE_PUNCTUATION.has(w.text) || TITLE_FUNCTION_WORDS.has(w.normal));
      if (!fits || !inside.some(titleWord) || inside.some((w) => nameWords.has(w.text.toLowerCase()))) return;
      masked ??= [...tokens];
      for (let k = open + 1; k < close; k++) masked[k] = { ...tokens[k]!, lemma: OTHER_WORK_LEMMA, normal: OTHER_WORK_LEMMA, pos: "PROPN" };
    });
    return masked ? { ...sentence, tokens: masked } : sentence;
  });
}
