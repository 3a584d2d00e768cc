/**
 * Drops links (or nodes) whose required properties came back null.
 *
 * Neo4j reads committed data property by property: a link (MENTIONS, JUDGES, DISCUSSES) that a
 * concurrent write deletes while the read runs can be matched and then read with null
 * properties. Such a link no longer exists, so the answer leaves it out instead of putting a null
 * into a non-null field (an INTERNAL_SERVER_ERROR for the client).
 *
 * @param links the links as a statement returned them
 * @param required the properties every stored link has
 * @returns the links with all `required` properties present, in their order
 */
export function wholeLinks<T extends object>(links: T[], required: readonly (keyof T)[]): T[] {
  return links.filter((link) => required.every((key) => link[key] !== null && link[key] !== undefined));
}

/** The properties every stored link has (a link read without them was deleted meanwhile). */
export const ASPECT_FIELDS = ["aspect", "polarity", "evidence"] as const;
export const THEME_LINK_FIELDS = ["theme", "salience", "evidence"] as const;
export const MENTION_FIELDS = ["polarity", "evidence"] as const;

/** The properties every stored node of a type has (a node read without them was deleted meanwhile, as a link can be). */
export const FILM_FIELDS = ["id", "title"] as const;
export const PERSON_FIELDS = ["id", "name"] as const;
export const ROLE_FIELDS = ["id", "name"] as const;
export const REVIEW_FIELDS = ["id", "text", "createdAt"] as const;
export const THEME_FIELDS = ["id", "name"] as const;
