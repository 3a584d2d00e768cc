import { InvalidInputError } from "./input-errors";

/**
 * Letter grades on the 0–100 scale, as Metacritic converts them ("How we create the Metascore",
 * metacritic.com/about-metacritic): A+ and A are 100, each third of a grade below is about 8
 * points less, F is 0.
 */
export const LETTER_GRADE_SCORES: Readonly<Record<string, number>> = {
  "A+": 100, A: 100, "A-": 91,
  "B+": 83, B: 75, "B-": 67,
  "C+": 58, C: 50, "C-": 42,
  "D+": 33, D: 25, "D-": 16,
  "F+": 8, F: 0, "F-": 0,
};

/** The scale a star rating is on when the rating does not say ("4 stars", "★★★½"). */
export const DEFAULT_STAR_SCALE = 5;

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|\d*[.,]\d+)`;
// "3.5/4", "2 out of 5 stars", "3½ stars out of 4 stars", "0 out of 5 kernels", "* ½ out of ****":
// an amount, "/" or "out of" or "of", then the scale.
const OUT_OF = /^(.+?)\s*(?:\/|\bout of\b|\bof\b)\s*(.+)$/iu;
const AMOUNT = new RegExp(String.raw`^${NUMBER}?\s*(½)?$`, "u");
// The unit a critic counts in after a number: "stars", "kernels", "globes".
const UNIT_WORDS = /(?:\s*\p{L}+)+$/u;
const FILLED_GLYPHS = /^([★*✪⭐♦◆☆✩◇]+)(½)?$/u;
const STARS_WORDS = new RegExp(String.raw`^${NUMBER}\s*(½)?\s*stars?$`, "iu");
// Filled glyphs critics use for a star (asterisks, diamonds), then a half, then empty stars.
const STAR_GLYPHS = /^([★*✪⭐♦◆]*)(½)?([☆✩◇]*)$/u;
// Hollow stars alone are the critic's stars, not empty ones ("☆☆☆½": no filled glyph to be empty beside).
const HOLLOW_ONLY = /^([☆✩◇]+)(½)?$/u;
// "*** 1/2", "☆ ☆ ☆ 1/2": a half written as a fraction after the glyphs.
const HALF_AFTER_GLYPHS = /^([★*✪⭐♦◆☆✩◇]+)1\/2$/u;
const PERCENT = new RegExp(String.raw`^${NUMBER}\s*%$`, "u");

const toNumber = (text: string) => Number(text.replace(",", "."));

function onScale(value: number, scale: number, rating: string): number {
  if (!(scale > 0) || !(value >= 0) || value > scale) {
    throw new InvalidInputError(`input.rating: "${rating}" is not a rating between 0 and its scale`);
  }
  return Math.round((value / scale) * 100);
}

// Number words critics write a rating in ("Three stars", "three and a half out of five").
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  zero: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10",
};
const NUMBER_WORD = new RegExp(String.raw`\b(${Object.keys(NUMBER_WORDS).join("|")})\b([\s-]+and[\s-]+a[\s-]+half)?`, "giu");

/**
 * The forms critics write a rating in, as the forms below read them: number words as digits
 * ("Three and a half stars", "Four-and-a-half stars" -> "3½ stars", "4½ stars"), "half a star" as
 * "½ star", "3 1/2" as "3½", and a scale in brackets as part of the rating ("1.5 stars (out of 4)").
 */
function normalised(rating: string): string {
  return rating
    .trim()
    // An emoji star carries a variation selector ("⭐️" is U+2B50 U+FE0F): the star is the glyph.
    .replace(/\uFE0F/gu, "")
    .replace(/\s+/g, " ")
    .replace(/\bhalf an? star\b/giu, "½ star")
    .replace(NUMBER_WORD, (_, word: string, half: string | undefined) => `${NUMBER_WORDS[word.toLowerCase()]}${half ? "½" : ""}`)
    .replace(/(\d) 1\/2\b/gu, "$1½")
    // "Grade: B-", "Overall: A", "Rating: 3/5": the label before a colon is no part of the rating.
    .replace(/^\p{L}+(?: \p{L}+)?: ?/u, "")
    .replace(/[()]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A count written as a number ("3.5", "3½", "½") or as glyphs ("***", "* ½", "****"), after dropping its unit word ("stars"); undefined otherwise. */
function amountOf(text: string): number | undefined {
  const bare = text.replace(UNIT_WORDS, "").trim();
  const number = AMOUNT.exec(bare);
  if (number && (number[1] !== undefined || number[2] !== undefined)) return (number[1] ? toNumber(number[1]) : 0) + (number[2] ? 0.5 : 0);
  const glyphs = FILLED_GLYPHS.exec(bare.replace(/\s/g, ""));
  return glyphs ? [...glyphs[1]!].length + (glyphs[2] ? 0.5 : 0) : undefined;
}

/**
 * A critic's rating as written, on the 0–100 scale (Metacritic's convention: the rating's share of
 * its scale): "3.5/4" → 88, "4/5" → 80, "8/10" → 80, "85/100" → 85, "3 out of 5" → 60, "85%" → 85,
 * "B+" → 83 (LETTER_GRADE_SCORES), "★★★½" → 70 and "4 stars" → 80 (out of DEFAULT_STAR_SCALE; empty
 * stars "★★★☆☆" give the scale; asterisks and diamonds are stars, "*** 1/2" → 70, "♦♦♦♦½" → 90,
 * emoji stars "⭐️⭐️⭐️½ (out of 4)" → 88; hollow stars alone are the critic's stars, "☆ ☆ ☆ 1/2"
 * → 70); numbers may be words ("Three stars" → 60, "three and a half out of five" → 70,
 * "Four-and-a-half stars" → 90, "half a star out of four" → 13);
 * the scale may be in brackets or in glyphs, the unit any word ("1.5 stars (out of 4)" → 38,
 * "* ½ (out of ****)" → 38, "2 (out of 5) Globes" → 40, "3 1/2 stars (out of 4 stars)" → 88); a label
 * before a colon is dropped ("Grade: B-" → 67). A number without a scale ("4", "Rated 4.0") is refused:
 * its scale cannot be known. Returns an integer 0–100; throws InvalidInputError for anything else.
 */
export function scoreOfRating(rating: string): number {
  const text = normalised(rating);
  const letter = LETTER_GRADE_SCORES[text.toUpperCase().replace(/\s/g, "").replace("−", "-")];
  if (letter !== undefined) return letter;
  const outOf = OUT_OF.exec(text);
  const [value, scale] = outOf ? [amountOf(outOf[1]!), amountOf(outOf[2]!)] : [];
  if (value !== undefined && scale !== undefined) return onScale(value, scale, rating);
  const stars = STARS_WORDS.exec(text);
  if (stars) return onScale(toNumber(stars[1]!) + (stars[2] ? 0.5 : 0), DEFAULT_STAR_SCALE, rating);
  // "* * * Stars": glyphs with their unit word.
  const compact = text.replace(/\s+stars?$/iu, "").replace(/\s/g, "").replace(HALF_AFTER_GLYPHS, "$1½");
  const hollow = HOLLOW_ONLY.exec(compact);
  if (hollow) return onScale([...hollow[1]!].length + (hollow[2] ? 0.5 : 0), DEFAULT_STAR_SCALE, rating);
  const glyphs = STAR_GLYPHS.exec(compact);
  if (glyphs && text.length > 0) {
    const filled = [...glyphs[1]!].length + (glyphs[2] ? 0.5 : 0);
    const empty = [...glyphs[3]!].length;
    const scale = empty > 0 ? Math.ceil(filled) + empty : DEFAULT_STAR_SCALE;
    return onScale(filled, scale, rating);
  }
  const percent = PERCENT.exec(text);
  if (percent) return onScale(toNumber(percent[1]!), 100, rating);
  throw new InvalidInputError(
    `input.rating: cannot read "${rating}" as a rating; write it as a fraction ("3.5/4", "8/10", "85/100"), ` +
      `a letter grade ("B+"), stars ("★★★½", "4 stars") or a percentage ("85%")`,
  );
}
