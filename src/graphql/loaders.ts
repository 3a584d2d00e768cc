import DataLoader from "dataloader";
import neo4j from "neo4j-driver";
import type { Database, Row } from "../db/database";
import type { StatementName } from "../db/cypher-registry";
import type { CreditKind, RelatedTheme as RelatedThemeType, SimilarFilm, ThemeFilm as ThemeFilmType } from "../generated/graphql";
import { type ConsensusInput, consensusInputOf, type ConsensusRow, NO_REVIEWS } from "./consensus";
import { MAX_PAGE_SIZE } from "./pagination";
import type { ReviewLinks } from "./prime";
import type { ReviewLinksAsked } from "./review-page";
import { newestFilmFirst } from "./newest-film-first";
import { type RoleRow, rolesOfRows } from "./role-rows";
import { similarFilmParams } from "./similar-films";
import {
  ASPECT_FIELDS,
  FILM_FIELDS,
  MENTION_FIELDS,
  PERSON_FIELDS,
  REVIEW_FIELDS,
  ROLE_FIELDS,
  THEME_FIELDS,
  THEME_LINK_FIELDS,
  wholeLinks,
} from "./whole-links";
import type {
  FilmModel,
  GenreModel,
  PerformanceReceptionModel,
  MentionModel,
  PersonModel,
  ReviewModel,
  RoleModel,
  ThemeDiscussionModel,
  ThemeModel,
} from "./models";

/** Points a shared person adds to the similarity of two films (see SimilarFilm in the schema). */
export type SimilarFilmModel = Omit<SimilarFilm, "film" | "sharedThemes" | "sharedPeople"> & {
  film: FilmModel;
  sharedThemes: ThemeModel[];
  sharedPeople: PersonModel[];
};
type CreditModel = { kind: CreditKind; film: FilmModel; role: RoleModel | null };
type ThemeFilm = Omit<ThemeFilmType, "film"> & { film: FilmModel };
type RelatedTheme = Omit<RelatedThemeType, "theme"> & { theme: ThemeModel };

export interface AspectJudgementRow {
  aspect: string;
  polarity: "POSITIVE" | "NEGATIVE" | "MIXED" | "NEUTRAL";
  evidence: string;
  start: number | null;
  end: number | null;
}

export interface ReviewPageRequest {
  filmId: string;
  limit: number;
  afterCreatedAt: string | null;
  afterId: string | null;
  /** The links of each review to fetch with the page (the query asks for them). */
  include?: ReviewLinksAsked;
}

export interface ReviewPage {
  totalCount: number;
  /** Up to limit + 1 reviews, each with the links asked for (null when not asked). */
  nodes: (ReviewModel & ReviewLinks)[];
}

/** A mention as the statements return it: the target's type beside the target. */
type MentionRow = Omit<MentionModel, "target"> & { targetType: "Person" | "Role"; target: Row };
export type ReviewRow = ReviewModel & Omit<ReviewLinks, "mentions"> & { mentions?: MentionRow[] | null };

/** Mentions with their target typed for the MentionTarget union. */
export function toMentionModels(rows: MentionRow[]): MentionModel[] {
  return wholeLinks(rows, MENTION_FIELDS).map(({ targetType, target, ...mention }) => ({
    ...mention,
    target: { ...target, __typename: targetType } as MentionModel["target"],
  }));
}

const withMentionModels = ({ mentions, ...review }: ReviewRow): ReviewModel & ReviewLinks => ({
  ...review,
  mentions: mentions ? toMentionModels(mentions) : null,
});

/** The cache key of a page of a film's reviews (also the key its primed page is stored under). */
export const reviewPageKey = ({ filmId, afterId, afterCreatedAt, limit }: ReviewPageRequest) => JSON.stringify([filmId, afterId, afterCreatedAt, limit]);

/** A page of reviews as reviews-by-film.cypher (or film-by-title.cypher) returns it, mentions typed. */
export function toReviewPage(totalCount: number, nodes: ReviewRow[]): ReviewPage {
  return { totalCount, nodes: wholeLinks(nodes, REVIEW_FIELDS).map(withMentionModels) };
}

/**
 * One node per key: one statement for all keys asked for at the same level of a query. A node read
 * without one of its `required` properties was deleted while the statement ran (see wholeLinks):
 * it loads as null, as a node not found does.
 */
function nodeLoader<T extends object>(db: Database, statement: StatementName, required: readonly (keyof T)[]): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(statement, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((row: Row) => [row.id as string, wholeLinks([row.node as T], required)[0]]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** A list per key (a node's neighbours), also one statement per level; links missing a `required` property are dropped (wholeLinks). */
function listLoader<T extends object>(db: Database, statement: StatementName, required: readonly (keyof T)[] = []): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await db.read(statement, { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((row: Row) => [row.id as string, wholeLinks(row.nodes as T[], required)]));
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/** A person's roles, each with its film read with every property or not (roleFilmDetails of the operation). */
export interface RolesByPersonRequest {
  id: string;
  filmDetails: boolean;
}

/** The first `limit` items of a ranked list per node (similar films, a theme's films ...). */
export interface RankedListRequest {
  id: string;
  limit: number;
}

/** The cache key of a ranked list request (also the key its primed value is stored under). */
export const rankedListKey = (r: { id: unknown; limit: unknown }) => JSON.stringify([r.id, Number(r.limit)]);

/**
 * Ranked lists for many nodes, each with its own limit: one statement per level. `largestLimit`
 * names the parameter that gets the largest limit of the batch, for statements that bound their
 * work with a LIMIT (which cannot read a row's own limit).
 */
function rankedListLoader<T>(db: Database, statement: StatementName, params: Row = {}, largestLimit?: string): DataLoader<RankedListRequest, T[], string> {
  const key = rankedListKey;
  return new DataLoader<RankedListRequest, T[], string>(
    async (requests) => {
      const rows = await db.read(statement, {
        ...params,
        ...(largestLimit ? { [largestLimit]: neo4j.int(Math.max(0, ...requests.map((r) => r.limit))) } : {}),
        requests: requests.map((r) => ({ id: r.id, limit: neo4j.int(r.limit) })),
      });
      const byKey = new Map(rows.map((row) => [key(row as never), row.nodes as T[]]));
      return requests.map((r) => byKey.get(key(r)) ?? []);
    },
    { cacheKeyFn: key },
  );
}

/** Created per request, so batching and caching never cross requests. */
export function createLoaders(db: Database) {
  const film = nodeLoader<FilmModel>(db, "filmsById", FILM_FIELDS);
  return {
    film,
    person: nodeLoader<PersonModel>(db, "peopleById", PERSON_FIELDS),
    role: nodeLoader<RoleModel>(db, "rolesById", ROLE_FIELDS),
    review: nodeLoader<ReviewModel>(db, "reviewsById", REVIEW_FIELDS),
    theme: nodeLoader<ThemeModel>(db, "themesById", THEME_FIELDS),
    directorsByFilm: listLoader<PersonModel>(db, "directorsByFilm"),
    writersByFilm: listLoader<PersonModel>(db, "writersByFilm"),
    castByFilm: listLoader<RoleModel>(db, "castByFilm"),
    themesByFilm: listLoader<ThemeModel>(db, "themesByFilm"),
    // Each role comes with its film (RoleModel.film: Role.film returns it), read with the
    // properties the operation asks of Role.film; the operation is the same for every load of a
    // request, so a person's roles are cached by the person's id alone.
    rolesByPerson: new DataLoader<RolesByPersonRequest, RoleModel[], string>(
      async (requests) => {
        const ids = [...new Set(requests.map((r) => r.id))];
        const rows = await db.read("rolesByPerson", { ids, include: { roleFilmDetails: requests.some((r) => r.filmDetails) } });
        const byId = new Map(rows.map((row) => [row.id as string, newestFilmFirst(rolesOfRows(row.id as string, row.nodes as RoleRow[]))]));
        return requests.map((r) => byId.get(r.id) ?? []);
      },
      { cacheKeyFn: (r) => r.id },
    ),
    filmsDirectedByPerson: listLoader<FilmModel>(db, "filmsDirectedByPerson"),
    filmsWrittenByPerson: listLoader<FilmModel>(db, "filmsWrittenByPerson"),
    filmsByTheme: rankedListLoader<FilmModel>(db, "filmsByTheme", {}, "filmLimit"),
    broaderThemes: listLoader<ThemeModel>(db, "broaderThemes"),
    narrowerThemes: listLoader<ThemeModel>(db, "narrowerThemes"),
    themeLinksByReview: listLoader<ThemeDiscussionModel>(db, "themeLinksByReview", THEME_LINK_FIELDS),
    aspectsByReview: listLoader<AspectJudgementRow>(db, "aspectsByReview", ASPECT_FIELDS),
    mentionsByReview: new DataLoader<string, MentionModel[]>(async (ids) => {
      const rows = await db.read("mentionsByReview", { ids: [...new Set(ids)] });
      const byId = new Map(rows.map((row) => [row.id as string, toMentionModels(row.nodes as MentionRow[])]));
      return ids.map((id) => byId.get(id) ?? []);
    }),
    genresByFilm: listLoader<GenreModel>(db, "genresByFilm"),
    creditsByPerson: listLoader<CreditModel>(db, "creditsByPerson"),
    similarFilms: rankedListLoader<SimilarFilmModel>(db, "similarFilms", { ...similarFilmParams(), themeSynonyms: true }, "similarLimit"),
    themeFilmRanking: rankedListLoader<ThemeFilm>(db, "themeFilmRanking"),
    relatedThemes: rankedListLoader<RelatedTheme>(db, "relatedThemes"),
    // With the quotes when any request of the batch asks for them (`quotes`).
    consensusByFilm: new DataLoader<{ id: string; quotes: boolean }, ConsensusInput, string>(
      async (requests) => {
        const rows = await db.read("consensusByFilm", {
          ids: [...new Set(requests.map((r) => r.id))],
          consensusQuotes: requests.some((r) => r.quotes),
        });
        const byId = new Map(rows.map((row) => [row.id as string, consensusInputOf(row.consensus as ConsensusRow)]));
        return requests.map((r) => byId.get(r.id) ?? NO_REVIEWS);
      },
      { cacheKeyFn: (r) => JSON.stringify([r.id, r.quotes]) },
    ),
    receptionByPerson: new DataLoader<string, PerformanceReceptionModel>(async (ids) => {
      const rows = await db.read("receptionByPerson", { ids: [...new Set(ids)], quoteLimit: neo4j.int(MAX_PAGE_SIZE) });
      const byId = new Map(rows.map((row) => [row.id as string, row.node as PerformanceReceptionModel]));
      const none = { mentions: 0, positive: 0, negative: 0, mixed: 0, neutral: 0, quotes: [] };
      return ids.map((id) => byId.get(id) ?? none);
    }),
    reviewsByFilm: new DataLoader<ReviewPageRequest, ReviewPage, string>(
      async (requests) => {
        // The links any request of the batch asks for come with every page of it.
        const include = {
          themeLinks: requests.some((r) => r.include?.themeLinks),
          aspects: requests.some((r) => r.include?.aspects),
          mentions: requests.some((r) => r.include?.mentions),
          roleLinks: requests.some((r) => r.include?.roleLinks),
        };
        // JavaScript numbers travel as floats; a LIMIT and a slice need integers.
        const rows = await db.read("reviewsByFilm", {
          requests: requests.map(({ filmId, afterCreatedAt, afterId, limit }) => ({ filmId, afterCreatedAt, afterId, limit: neo4j.int(limit), ...include })),
          reviewLimit: neo4j.int(Math.max(0, ...requests.map((r) => r.limit)) + 1),
          // A loader does not know the operation: its themes always carry their synonyms.
          themeSynonyms: true,
        });
        const key = (r: { filmId: unknown; afterId: unknown; limit: unknown }) => JSON.stringify([r.filmId, r.afterId, Number(r.limit)]);
        const byKey = new Map(rows.map((row) => [key(row as never), toReviewPage(row.totalCount as number, row.nodes as ReviewRow[])]));
        return requests.map((r) => byKey.get(key(r)) ?? { totalCount: 0, nodes: [] });
      },
      { cacheKeyFn: reviewPageKey },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Forgets everything the request's loaders have cached. A mutation calls it after its write, so
 * what the request reads next (the mutation's own answer, the next mutation of the request) sees
 * the write instead of the state before it.
 */
export function clearLoaders(loaders: Loaders): void {
  for (const loader of Object.values(loaders)) loader.clearAll();
}
