import type { GraphQLResolveInfo } from "graphql";
import { badUserInput } from "./errors";
import { decodeSortedCursor, pageSize } from "./pagination";
import { selects } from "./selection";

/** The list and sort a Film.reviews cursor belongs to (newest added first). */
export const FILM_REVIEWS_SORT = "Film.reviews:CREATED_AT:DESC";

/** Where a page of a film's reviews starts and how long it is. */
export interface ReviewPagePosition {
  /** Page size (0..MAX_PAGE_SIZE). */
  limit: number;
  /** ISO 8601 text of the last review's createdAt on the previous page, or null for a first page. */
  afterCreatedAt: string | null;
  afterId: string | null;
}

/**
 * The position of `Film.reviews(first, after)` (first defaults to 10).
 * @throws BAD_USER_INPUT for a page size out of range or a cursor not made by Film.reviews
 */
export function reviewPagePosition(first: number | null | undefined, after: string | null | undefined): ReviewPagePosition {
  const limit = pageSize(first, 10);
  const position = decodeSortedCursor(after, FILM_REVIEWS_SORT);
  if (position && typeof position.key !== "string") throw badUserInput(`after is not a cursor of Film.reviews: ${after}`);
  return { limit, afterCreatedAt: position ? String(position.key) : null, afterId: position?.id ?? null };
}

/** The links of each review the query asks for below `nodePath` (the path to the Review objects). */
export interface ReviewLinksAsked {
  themeLinks: boolean;
  aspects: boolean;
  mentions: boolean;
  /** A mentioned role's film or person (Role.film, Role.person need its filmId and personId). */
  roleLinks: boolean;
}

export function reviewLinksAsked(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, nodePath: string[]): ReviewLinksAsked {
  const node = (...path: string[]) => selects(info, [...nodePath, ...path]);
  return {
    themeLinks: node("themeLinks") || node("themes"),
    aspects: node("aspects"),
    mentions: node("mentions"),
    roleLinks: node("mentions", "target", "film") || node("mentions", "target", "person"),
  };
}
