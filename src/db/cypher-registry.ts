import fs from "node:fs";
import path from "node:path";

export const CYPHER_DIR = path.resolve(__dirname, "../../cypher");

/** Every statement the service runs, by name. Reads live in cypher/read, writes in cypher/write. */
export const statementFiles = {
  filmByTitle: "read/film-by-title.cypher",
  filmsByTitle: "read/films-by-title.cypher",
  filmsByYear: "read/films-by-year.cypher",
  filmsByReviewCount: "read/films-by-review-count.cypher",
  filmsByPositiveShare: "read/films-by-positive-share.cypher",
  filmsByLatestReview: "read/films-by-latest-review.cypher",
  filmsAllByTitle: "read/films-all-by-title.cypher",
  filmsAllByYear: "read/films-all-by-year.cypher",
  filmsAllByReviewCount: "read/films-all-by-review-count.cypher",
  filmsAllByPositiveShare: "read/films-all-by-positive-share.cypher",
  filmsAllByLatestReview: "read/films-all-by-latest-review.cypher",
  filmsCount: "read/films-count.cypher",
  filmCount: "read/film-count.cypher",
  peopleList: "read/people-list.cypher",
  peopleByName: "read/people-by-name.cypher",
  peopleCount: "read/people-count.cypher",
  personCount: "read/person-count.cypher",
  themesList: "read/themes-list.cypher",
  themesByName: "read/themes-by-name.cypher",
  themesCount: "read/themes-count.cypher",
  themeCount: "read/theme-count.cypher",
  reviewsList: "read/reviews-list.cypher",
  search: "read/search.cypher",
  genres: "read/genres.cypher",
  genresByFilm: "read/genres-by-film.cypher",
  consensusByFilm: "read/consensus-by-film.cypher",
  similarFilms: "read/similar-films.cypher",
  receptionByPerson: "read/reception-by-person.cypher",
  creditsByPerson: "read/credits-by-person.cypher",
  themeFilmRanking: "read/theme-film-ranking.cypher",
  relatedThemes: "read/related-themes.cypher",
  themeCooccurrence: "read/theme-cooccurrence.cypher",
  praisedPerformances: "read/praised-performances.cypher",
  aspectSentiment: "read/aspect-sentiment.cypher",
  criticsAgreement: "read/critics-agreement.cypher",
  filmsById: "read/films-by-id.cypher",
  peopleById: "read/people-by-id.cypher",
  rolesById: "read/roles-by-id.cypher",
  reviewsById: "read/reviews-by-id.cypher",
  reviewIds: "read/review-ids.cypher",
  themesById: "read/themes-by-id.cypher",
  personByName: "read/person-by-name.cypher",
  filmByOutsideId: "read/film-by-outside-id.cypher",
  personByOutsideId: "read/person-by-outside-id.cypher",
  outsideIdHolders: "read/outside-id-holders.cypher",
  filmCatalogFacts: "read/film-catalog-facts.cypher",
  themeByName: "read/theme-by-name.cypher",
  directorsByFilm: "read/directors-by-film.cypher",
  writersByFilm: "read/writers-by-film.cypher",
  castByFilm: "read/cast-by-film.cypher",
  themesByFilm: "read/themes-by-film.cypher",
  reviewsByFilm: "read/reviews-by-film.cypher",
  rolesByPerson: "read/roles-by-person.cypher",
  filmsDirectedByPerson: "read/films-directed-by-person.cypher",
  filmsWrittenByPerson: "read/films-written-by-person.cypher",
  filmsByTheme: "read/films-by-theme.cypher",
  broaderThemes: "read/broader-themes.cypher",
  narrowerThemes: "read/narrower-themes.cypher",
  themeLinksByReview: "read/theme-links-by-review.cypher",
  aspectsByReview: "read/aspects-by-review.cypher",
  mentionsByReview: "read/mentions-by-review.cypher",
  filmContext: "read/film-context.cypher",
  upsertFilm: "write/upsert-film.cypher",
  upsertThemes: "write/upsert-themes.cypher",
  linkBroaderThemes: "write/link-broader-themes.cypher",
  upsertAspects: "write/upsert-aspects.cypher",
  lockFilm: "write/lock-film.cypher",
  lockFilmOfReview: "write/lock-film-of-review.cypher",
  storeReview: "write/store-review.cypher",
  storeReviews: "write/store-reviews.cypher",
  refreshFilmThemes: "write/refresh-film-themes.cypher",
  refreshFilmReviewStats: "write/refresh-film-review-stats.cypher",
  refreshFilmConsensus: "write/refresh-film-consensus.cypher",
  reviewContributions: "read/review-contributions.cypher",
  applyFilmReviewDeltas: "write/apply-film-review-deltas.cypher",
  reviewedFilmIds: "read/reviewed-film-ids.cypher",
  filmsWithoutReviewCounters: "read/films-without-review-counters.cypher",
  filmsWithoutConsensusTallies: "read/films-without-consensus-tallies.cypher",
  deleteReview: "write/delete-review.cypher",
  importVegaFilms: "write/import-vega-films.cypher",
  identitySnapshot: "read/identity-snapshot.cypher",
  splitSharedRole: "write/split-shared-role.cypher",
  mergeDuplicateNodes: "write/merge-duplicate-nodes.cypher",
  deleteDuplicateReviews: "write/delete-duplicate-reviews.cypher",
  rekeyNodes: "write/rekey-nodes.cypher",
  backfillReviewFilmIds: "write/backfill-review-film-ids.cypher",
  backfillExploresThemeIds: "write/backfill-explores-theme-ids.cypher",
  refreshTitleKeys: "write/refresh-title-keys.cypher",
  importImdbFilms: "write/import-imdb-films.cypher",
  importImdbPeople: "write/import-imdb-people.cypher",
  importImdbCredits: "write/import-imdb-credits.cypher",
  importImdbRatings: "write/import-imdb-ratings.cypher",
  graphHasData: "read/graph-has-data.cypher",
  appliedMigrations: "schema-history/applied-migrations.cypher",
  recordMigration: "schema-history/record-migration.cypher",
} as const;

export type StatementName = keyof typeof statementFiles;

export interface Statement {
  name: StatementName;
  file: string;
  text: string;
}

/** The .cypher files, read once at start; a missing or empty file stops the start. */
export class CypherRegistry {
  private constructor(private readonly statements: ReadonlyMap<StatementName, Statement>) {}

  static load(dir: string = CYPHER_DIR): CypherRegistry {
    const statements = new Map<StatementName, Statement>();
    for (const [name, file] of Object.entries(statementFiles) as [StatementName, string][]) {
      const full = path.join(dir, file);
      if (!fs.existsSync(full)) throw new Error(`Cypher statement ${name} is missing: ${full}`);
      const text = fs.readFileSync(full, "utf8").trim();
      if (!stripComments(text)) throw new Error(`Cypher statement ${name} is empty: ${full}`);
      statements.set(name, { name, file, text });
    }
    return new CypherRegistry(statements);
  }

  get(name: StatementName): Statement {
    const statement = this.statements.get(name);
    if (!statement) throw new Error(`Unknown Cypher statement ${name}`);
    return statement;
  }

  all(): Statement[] {
    return [...this.statements.values()];
  }
}

export function stripComments(cypher: string): string {
  return cypher
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .trim();
}
