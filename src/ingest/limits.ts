// The documented limits of what can be written (README: Writing to the graph; schema/mutation.graphql).

/** A review's text, in characters (UTF-16 code units, as JavaScript and GraphQL count them). */
export const MAX_REVIEW_CHARS = 20_000;
/** Names: people, characters, authors, sources. */
export const MAX_NAME_CHARS = 200;
export const MAX_TITLE_CHARS = 300;
export const MAX_URL_CHARS = 2_000;
export const MAX_CAST = 500;
export const MAX_CREW = 100;
export const MIN_YEAR = 1870;
export const MAX_YEAR = 2100;
