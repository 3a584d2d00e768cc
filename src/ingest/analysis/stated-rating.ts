import { scoreOfRating } from "../rating";

/** The critic's rating as the review's own text states it ("Rating: 3/5", "Die Hard ★★★★", "Two stars for Morbius."). */
export interface StatedRating {
  /** The rating as written ("3/5", "★★★★", "Two stars"). */
  rating: string;
  /** It on the 0–100 scale (src/ingest/rating.ts, Metacritic's convention). */
  score: number;
  /** Character offsets of the rating in the text. */
  start: number;
  end: number;
}

// What a rating is written as, in a line of its own or in a sentence: a fraction on a critic's
// scale ("3.5/4", "8/10", "85/100"), "N out of M", a count of stars in digits or words ("4 stars",
// "Three and a half stars"), star glyphs ("★★★½", "* *") or a letter grade ("B+").
const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|\d*[.,]\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)`;
const HALF = String.raw`(?:\s*½|\s+1\/2|[\s-]+and[\s-]+a[\s-]+half)?`;
const SCALE = String.raw`(?:4|5|10|100|four|five|ten)`;
const FRACTION = String.raw`${NUMBER}${HALF}\s*(?:\/|\bout of\b)\s*${SCALE}(?:\s+stars)?`;
const STARS = String.raw`${NUMBER}${HALF}\s+stars?(?:\s*\(?out of\s+${SCALE}(?:\s+stars)?\)?)?|(?:half a star)`;
// Emoji stars carry a variation selector (U+FE0F: "⭐️"); a scale may follow the glyphs ("★★★ out of four", "⭐️⭐️⭐️½ (out of 4)").
const STAR = String.raw`[★✪⭐]\uFE0F?`;
const GLYPHS = String.raw`(?:${STAR})+\s*½?[☆✩]*(?:\s*\(?(?:\/|out of)\s*${SCALE}(?:\s+stars)?\)?)?|[☆✩]+\s*½?`;
const ASTERISKS = String.raw`\*(?:\s?\*){0,4}\s*(?:½|1\/2)?`;
const GRADE = String.raw`[A-DF][+\-−]?`;

// A line that is a rating: an optional label ("Rating:", "Final Grade:", "Arrival:"), an optional
// classification in brackets ("(M)"), the rating, maybe in brackets, and an optional full stop.
const LABEL = String.raw`(?:[\p{L}\p{N}'’. -]{1,40}:\s*)?`;
const CLASSIFICATION = String.raw`(?:\(\p{Lu}{1,5}\d{0,2}\+?\)\s*)?`;
const lineRating = (forms: string) => new RegExp(String.raw`^${LABEL}${CLASSIFICATION}\(?(${forms})\)?\.?$`, "iu");
const LINE_RATING = lineRating(`${FRACTION}|${STARS}|${GLYPHS}`);
// Letter grades and asterisks are read case-sensitively and only where they cannot be a word or a section break.
const LINE_GRADE = new RegExp(String.raw`^${LABEL}\(?(${GRADE})\)?$`, "u");
const LINE_ASTERISKS = new RegExp(String.raw`^${LABEL}${CLASSIFICATION}(${ASTERISKS})$`, "u");
// "(***1/2)": asterisks in brackets are no section break, wherever the line stands.
const LINE_BRACKETED_ASTERISKS = new RegExp(String.raw`^${LABEL}${CLASSIFICATION}\((${ASTERISKS})\)\.?$`, "u");
// A short header line that names the film and ends with its rating ("Avatar (2009, USA) C-162m. ***").
const HEADER_MAX_CHARS = 60;
const HEADER_ENDING = new RegExp(String.raw`\s(${FRACTION}|${STARS}|${GLYPHS}|${ASTERISKS})\.?$`, "iu");
// Asterisks alone on a line are a rating only near the top or at the end, not a break between sections.
const ASTERISK_LINES_FROM_TOP = 3;

// A rating inside a sentence: "I give it 3.5 out of 4", "... earns a B+" (and "Two stars for Morbius.", below).
// Asterisks with their scale ("Twilight (* * out of four)") are no footnote or section break.
const ASTERISKS_OF_A_SCALE = String.raw`${ASTERISKS}\s*(?:\/|\bout of\b)\s*${SCALE}(?:\s+stars)?`;
const IN_SENTENCE_RATING = String.raw`${FRACTION}|${STARS}|${GLYPHS}|${ASTERISKS_OF_A_SCALE}`;
const GIVING = String.raw`\b(?:give|giving|gave|award|awarding|awarded|rate|rating|rated|earns?|gets?|deserves?|scores?)\s+(?:it|this(?:\s+(?:film|movie|one))?|the\s+(?:film|movie))?\s*`;
const GIVEN = new RegExp(String.raw`${GIVING}(?:an?\s+)?(${IN_SENTENCE_RATING})`, "giu");
// A letter grade given in a sentence needs its article and its capital ("earns a B+"): "gives a great ..." is no grade.
const GIVEN_GRADE = new RegExp(String.raw`${GIVING}an?\s+(${GRADE})(?=[\s.,;!]|$)`, "gu");

/**
 * A score (0–100) as a review sentiment (-1..1): (score − 50) / 50, so that Metacritic's bands
 * (61–100 favourable, 40–60 mixed, 0–39 unfavourable) fall on the verdict bands of
 * src/graphql/verdict.ts (above 0.2 POSITIVE, below −0.2 NEGATIVE): 61 → 0.22, 60 → 0.2, 39 → −0.22.
 */
export const sentimentOfScore = (score: number): number => (score - 50) / 50;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const sameApostrophe = (s: string) => s.replace(/[’']/g, "['’]");

function score(rating: string): number | undefined {
  try {
    return scoreOfRating(rating);
  } catch {
    return undefined;
  }
}

/**
 * The critic's rating where the review's text states it, or undefined: the first of
 * - a line that is a rating, after an optional label or the film's title and a classification in
 *   brackets ("Rating: 3/5", "Final Grade: B | 84/100", "Cats (0.5/4)", "GROUNDHOG DAY ★★★★★",
 *   "(M) *****", "7.5 out of 10.", a letter grade alone or labelled; asterisks alone only among the
 *   first ASTERISK_LINES_FROM_TOP lines or as the last, where they cannot be a section break, or in
 *   brackets anywhere ("(***1/2)");
 * - a short header line that starts with the title and ends with a rating, or a short line among the
 *   first or the last that ends with one ("Musical, 15. ****");
 * - a bracketed rating right after the title in a sentence ("Glass Onion (B+) brings back ...");
 * - a rating given in a sentence ("I give it 3.5 out of 4", "Two stars for Morbius.").
 * Only what scoreOfRating reads counts (a number without a scale, "Rated 4.0", is no rating).
 * `text`: the review as written; `title`: the film's title. Offsets are into `text`.
 */
export function statedRating(text: string, title: string): StatedRating | undefined {
  // "Die Hard: ★★★★", "A Dog's Purpose, C": the title, maybe a colon, dash or comma, the rating.
  const titleAt = new RegExp(String.raw`^${sameApostrophe(escape(title))}\s*[:,\-–—]?\s*`, "iu");
  const lines = [...text.matchAll(/[^\n]+/g)].filter((m) => m[0].trim() !== "");
  for (const [index, line] of lines.entries()) {
    const found = ratingLine(line[0], titleAt, index < ASTERISK_LINES_FROM_TOP || index === lines.length - 1);
    if (found) return { ...found, start: line.index + found.start, end: line.index + found.end };
  }
  // "Encanto” (★★★ out of four; rated PG; ...)": the title maybe in quotes, the rating first in the brackets.
  const afterTitle = new RegExp(String.raw`${sameApostrophe(escape(title))}["”’']?\s*\((${IN_SENTENCE_RATING}|${GRADE})(?:[;,][^)]*)?\)`, "gu");
  const forTheFilm = new RegExp(
    String.raw`(?:^|[.!?]\s+)(${IN_SENTENCE_RATING})\s+(?:for|to)\s+(?:${sameApostrophe(escape(title))}|it|this(?:\s+(?:film|movie|one))?|the\s+(?:film|movie))\s*[.!]`,
    "giu",
  );
  for (const pattern of [afterTitle, GIVEN, GIVEN_GRADE, forTheFilm]) {
    for (const m of text.matchAll(pattern)) {
      const rating = m[1]!.trim();
      const value = score(rating);
      if (value === undefined) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      // "The cast earns an A for effort; the film gets a C-": a consolation grade rates no film.
      if (CONSOLATION.test(text.slice(start + rating.length))) continue;
      return { rating, score: value, start, end: start + rating.length };
    }
  }
  return undefined;
}
const CONSOLATION = /^\s+for\s+(?:effort|trying|ambition|intent|intentions)\b/iu;

/** The rating a line states, with offsets into the line; see statedRating. */
function ratingLine(line: string, titleAt: RegExp, asterisksAllowed: boolean): StatedRating | undefined {
  const trimmed = line.trim();
  const lead = line.indexOf(trimmed);
  const withoutTitle = trimmed.replace(titleAt, "");
  const offset = lead + (trimmed.length - withoutTitle.length);
  // "Final Grade: B | 84/100 | ★★★", "Rating: 1 star, Rated PG, 128 minutes": the first of several facts.
  const first = withoutTitle.split(/\s+\|\s+|[,;]\s+/)[0]!;
  const named = withoutTitle !== trimmed;
  const match =
    LINE_RATING.exec(first) ?? LINE_GRADE.exec(first) ?? LINE_BRACKETED_ASTERISKS.exec(first) ?? (asterisksAllowed || named ? LINE_ASTERISKS.exec(first) : null) ??
    ((named || asterisksAllowed) && trimmed.length <= HEADER_MAX_CHARS ? HEADER_ENDING.exec(withoutTitle) : null);
  if (!match) return undefined;
  const rating = match[1]!.trim();
  const value = score(rating);
  if (value === undefined) return undefined;
  const start = offset + match.index + match[0].indexOf(rating);
  return { rating, score: value, start, end: start + rating.length };
}
