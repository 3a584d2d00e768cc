import { createHash } from "node:crypto";

/** Node labels that have a global id. */
export const NODE_TYPES = ["Film", "Person", "Role", "Review", "Theme"] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * The key of a name: lowercase, accents and punctuation dropped, words joined by "-".
 * Lookups by name or title compare keys, so they ignore case and accents.
 */
export function slug(text: string): string {
  if (text.trim() === "") throw new Error("A name or title must not be blank");
  const key = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  // A name of punctuation alone still needs a key of its own.
  return key || encodeURIComponent(text.trim().toLowerCase());
}

export const filmId = (title: string, year: number | null | undefined): string =>
  year ? `${slug(title)}-${year}` : slug(title);
export const personId = (name: string): string => slug(name);
export const roleId = (film: string, character: string): string => `${film}/${slug(character)}`;
export const themeId = (name: string): string => slug(name);
export const aspectId = (name: string): string => slug(name);

/** A review's id follows from its film and text, which makes ingesting the same text again a no-op. */
export function reviewId(film: string, text: string): string {
  const normalized = text.replace(/\s+/g, " ").trim();
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
