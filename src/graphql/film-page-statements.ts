import type { StatementName } from "../db/cypher-registry";
import type { FilmSortField } from "../generated/graphql";

// The statements of a films page, one per sort (docs/performance.md, written by
// scripts/film-page-statements.py): `films` picks one, the plan warm-up
// (src/graphql/plan-warmup.ts) compiles them all.

/** The index-backed page statement of each sort, with the filter conditions (cypher/read/films-by-*.cypher). */
export const filmPageStatements: Record<FilmSortField, StatementName> = {
  TITLE: "filmsByTitle",
  YEAR: "filmsByYear",
  REVIEW_COUNT: "filmsByReviewCount",
  POSITIVE_SHARE: "filmsByPositiveShare",
  LATEST_REVIEW: "filmsByLatestReview",
};

/** The same without filter conditions, for a page without any (cypher/read/films-all-by-*.cypher): a plan a fraction the size. */
export const allFilmsPageStatements: Record<FilmSortField, StatementName> = {
  TITLE: "filmsAllByTitle",
  YEAR: "filmsAllByYear",
  REVIEW_COUNT: "filmsAllByReviewCount",
  POSITIVE_SHARE: "filmsAllByPositiveShare",
  LATEST_REVIEW: "filmsAllByLatestReview",
};
