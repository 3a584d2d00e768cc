import type * as Tinyld from "tinyld";

let tinyld: typeof Tinyld | undefined;

/**
 * tinyld, loaded on first use: loading its model costs ~0.2–0.35 s of CPU (in every analysis
 * worker), and a text whose function words show it English never asks the detector.
 */
function detect(text: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first needed, not at import
  tinyld ??= require("tinyld") as typeof Tinyld;
  return tinyld.detect(text);
}

let englishWords: ReadonlySet<string> | undefined;

/** ~275,000 English words (npm `an-array-of-english-words`, MIT), loaded on first use (~3 MB); `word` in lowercase. */
export function isEnglishWord(word: string): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded when first needed, not at import
  englishWords ??= new Set(require("an-array-of-english-words") as string[]);
  return englishWords.has(word);
}

/** The language the analysis reads (its lexicons, taxonomy and rules are English). */
export const ANALYSED_LANGUAGE = "en";

// English function words: in a short English text they outnumber what a trigram model can tell.
const ENGLISH_FUNCTION_WORDS = new Set(
  ("the a an and or but of to in on at for with by from as is are was were be been being has have had it its this that these those he she they his her their not never no who whom which what there than then so too very " +
    "about into over up out all more most some any one just only also how when where why you we my our your him them does did can could will would should may might must if because while after before through without between")
    .split(" "),
);
const ENGLISH_SHARE = 0.15;
// A text with few function words (a capsule review: "riveting stuff: tense, smart, beautifully shot")
// is English when nearly all its words are in an English dictionary; French, Spanish, German,
// Italian and Dutch sentences of the same shape have half or fewer.
const DICTIONARY_SHARE = 0.8;
const LETTERS = /\p{L}+/gu;
const CAPITALIZED = /^\p{Lu}/u;
const MIN_WORDS = 6;

/**
 * The language of a review, as an ISO 639-1 code ("en", "fr"), by tinyld (a maintained n-gram
 * language detector, npm `tinyld`). A text whose words are at least 15% English function words is
 * English whatever the detector says: on a sentence or two it guesses ("has never been better" reads
 * as Esperanto), and so is a text whose words are at least 80% in an English dictionary (a capsule
 * review of adjectives, which tinyld may call French). Names (capitalized words) are no evidence either way. "und" (undetermined) for a
 * text of fewer than MIN_WORDS other words that is not clearly English, or when the detector does not know.
 */
export function reviewLanguage(text: string): string {
  // One pass: the words counted (capitalized ones only when function words) and the function words among them.
  let counted = 0;
  let functionWords = 0;
  const words: string[] = [];
  // The "s" of a possessive ("Costa's") is no word.
  for (const [word] of text.replace(/['’]s\b/gu, "").matchAll(LETTERS)) {
    const isFunctionWord = ENGLISH_FUNCTION_WORDS.has(word.toLowerCase());
    if (!isFunctionWord && CAPITALIZED.test(word)) continue;
    counted++;
    if (isFunctionWord) functionWords++;
    words.push(word.toLowerCase());
  }
  const english = functionWords / Math.max(1, counted);
  if (counted > 0 && english >= ENGLISH_SHARE) return ANALYSED_LANGUAGE;
  if (counted > 0 && words.filter(isEnglishWord).length / counted >= DICTIONARY_SHARE) return ANALYSED_LANGUAGE;
  if (counted < MIN_WORDS) return "und";
  return detect(text) || "und";
}
