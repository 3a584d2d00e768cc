// GraphQL filter inputs as the parameters of the list statements (cypher/read/*-list.cypher):
// names become keys, global ids become node keys, verdicts become sentiment bounds; null = no condition.
import neo4j, { type Integer } from "neo4j-driver";
import type { FilmFilter, PersonFilter, ReviewFilter, ThemeFilter } from "../generated/graphql";
import { fromGlobalId, slug, type NodeType } from "../graph/ids";
import { dateBound } from "../graph/dates";
import { badUserInput } from "./errors";

/** The slug of a name, or null for an absent or blank one. */
const keyOf = (text: string | null | undefined): string | null => (text?.trim() ? slug(text) : null);

const integerOrNull = (n: number | null | undefined): Integer | null => (n == null ? null : neo4j.int(n));

/** The node key of a global id of the given type; another type or garbage is BAD_USER_INPUT. */
export function keyOfGlobalId(globalId: string | null | undefined, type: NodeType, field: string): string | null {
  if (globalId == null) return null;
  const parsed = fromGlobalId(globalId);
  if (parsed?.type !== type) throw badUserInput(`${field} must be the id of a ${type} (${type}:<key>), got ${globalId}`);
  return parsed.id;
}

/**
 * The parameters of a lookup by outside id (IMDb `tt…`/`nm…`, Wikidata `Q…`), trimmed; undefined
 * when neither is given (the lookup goes by title or name then).
 */
export function outsideIdParams(ids: {
  imdbId?: string | null;
  wikidataId?: string | null;
}): { imdbId: string | null; wikidataId: string | null } | undefined {
  const imdbId = ids.imdbId?.trim() || null;
  const wikidataId = ids.wikidataId?.trim() || null;
  return imdbId == null && wikidataId == null ? undefined : { imdbId, wikidataId };
}

export function filmFilterParams(filter: FilmFilter | null | undefined) {
  return {
    titleKeyContains: keyOf(filter?.titleContains),
    yearFrom: integerOrNull(filter?.yearFrom),
    yearTo: integerOrNull(filter?.yearTo),
    // A genre's id is the slug of its name, so a name or an id finds it.
    genreId: keyOf(filter?.genre),
    themeId: keyOf(filter?.theme),
    personId: keyOf(filter?.person),
    reviewed: filter?.reviewed ?? null,
  };
}

export function personFilterParams(filter: PersonFilter | null | undefined) {
  return {
    idContains: keyOf(filter?.nameContains),
    filmId: keyOfGlobalId(filter?.film, "Film", "filter.film"),
  };
}

export function themeFilterParams(filter: ThemeFilter | null | undefined) {
  return {
    idContains: keyOf(filter?.nameContains),
    filmId: keyOfGlobalId(filter?.film, "Film", "filter.film"),
  };
}

/** A date filter's bound as a UTC instant (see dateBound); anything but ISO 8601 is BAD_USER_INPUT. */
function dateFilterBound(value: string | null | undefined, field: string, side: "from" | "to") {
  if (value == null) return {};
  const bound = dateBound(value, side);
  if (!bound) throw badUserInput(`${field} must be an ISO 8601 date such as 2024-05-31 or a date-time, got ${value}`);
  return bound;
}

export function reviewFilterParams(filter: ReviewFilter | null | undefined) {
  return {
    filmId: keyOfGlobalId(filter?.film, "Film", "filter.film"),
    author: filter?.author?.trim() ? filter.author.trim().toLowerCase() : null,
    verdict: filter?.verdict ?? null,
    // A bare date is its whole UTC day (docs/identity.md, "Dates").
    dateFrom: dateFilterBound(filter?.dateFrom, "filter.dateFrom", "from").from ?? null,
    dateTo: dateFilterBound(filter?.dateTo, "filter.dateTo", "to").to ?? null,
    dateBefore: dateFilterBound(filter?.dateTo, "filter.dateTo", "to").before ?? null,
  };
}
