import { createHash } from "node:crypto";
import { foldedWords } from "./text-fold";

export { foldText, foldedWords } from "./text-fold";

/** Node labels that have a global id. */
export const NODE_TYPES = ["Film", "Person", "Role", "Review", "Theme"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * The key of a name or title: its folded words (see foldedWords in ./text-fold) joined by "-".
 * Two spellings meet when they differ only in case, accents and marks (any Unicode normalization
 * form), letters that fold ("ß" = "ss", "ø" = "o", "Ł" = "L"), apostrophes, punctuation and spacing
 * ("García-Márquez" = "García–Márquez" = "García Márquez"), or dots and spaces between initials
 * ("J.R.R." = "J. R. R." = "JRR"). Emoji and other symbols are words: "Summer 🌞" is not "Summer".
 * A name of punctuation alone gets the percent-encoding of its trimmed, NFKC-normalized, lower-case
 * text, which no other key can be (it holds a character that keys of words never hold).
 * Throws on a blank name.
 */
export function slug(text: string): string {
  if (text.trim() === "") throw new Error("A name or title must not be blank");
  const words = foldedWords(text);
  if (words.length > 0) return words.join("-");
  return encodeURIComponent(text.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase());
}

/** What an undated film's key ends with: a dated key ends with its year, so the two never meet. */
export const UNDATED = "undated";

/**
 * A film's key: `<title key>-<year>` (`sound-of-metal-2019`), or `<title key>-undated` without a year,
 * so "Lunar Gate 2049" (no year) and "Lunar Gate" (2049) stay two films. Injective: the year (or
 * `undated`) is everything after the last "-".
 */
export const filmId = (title: string, year: number | null | undefined): string =>
  `${slug(title)}-${year == null ? UNDATED : String(year)}`;
export const personId = (name: string): string => slug(name);
/** The key of the role a film credits to one person: `<film key>/<character key>`. */
export const roleId = (film: string, character: string): string => `${film}/${slug(character)}`;
/**
 * The key of a role whose character name the film also credits to someone else ("Herself"):
 * `<film key>/<character key>/<person key>`. See creditRoleIds for which credit gets which.
 */
export const personRoleId = (film: string, character: string, person: string): string =>
  `${roleId(film, character)}/${personId(person)}`;
export const themeId = (name: string): string => slug(name);
export const aspectId = (name: string): string => slug(name);

/** A cast credit's role keys: the plain one, the person-qualified one, and whether it may take the plain one. */
export interface CreditRoleIds {
  roleId: string;
  personRoleId: string;
  /** False when an earlier credit of the same list already claims the plain key for another person. */
  firstOfCharacter: boolean;
}

/**
 * The role keys of a film's cast list, in billing order. A role is a credit of a person in a film:
 * the first person credited with a character name takes the plain key `<film>/<character>`; every
 * other person credited with the same name in the same film gets `<film>/<character>/<person>`.
 * A key once given is kept: the write (cypher/write/upsert-film.cypher) gives the plain key to a
 * later credit only when no other person holds it yet.
 */
export function creditRoleIds(film: string, cast: { person: string; character: string }[]): CreditRoleIds[] {
  const holder = new Map<string, string>();
  return cast.map(({ person, character }) => {
    const plain = roleId(film, character);
    const who = personId(person);
    if (!holder.has(plain)) holder.set(plain, who);
    return { roleId: plain, personRoleId: personRoleId(film, character, person), firstOfCharacter: holder.get(plain) === who };
  });
}

/**
 * Review text as stored and keyed: Unicode NFC (UAX #15), so the same text typed in any
 * normalization form is the same review.
 */
export const normalizeText = (text: string): string => text.normalize("NFC");

/**
 * A review's id follows from its film and text (NFC, whitespace runs as one space), which makes
 * ingesting the same text again a no-op.
 */
export function reviewId(film: string, text: string): string {
  const normalized = normalizeText(text).replace(/\s+/g, " ").trim();
  return `${film}/review-${createHash("sha256").update(normalized).digest("hex").slice(0, 16)}`;
}

export function toGlobalId(type: NodeType, id: string): string {
  return `${type}:${id}`;
}

/** Splits `Type:key`; undefined when the id does not name a known type. */
export function fromGlobalId(globalId: string): { type: NodeType; id: string } | undefined {
  const colon = globalId.indexOf(":");
  if (colon <= 0 || colon === globalId.length - 1) return undefined;
  const type = globalId.slice(0, colon);
  const known = NODE_TYPES.find((t) => t === type);
  return known ? { type: known, id: globalId.slice(colon + 1) } : undefined;
}
