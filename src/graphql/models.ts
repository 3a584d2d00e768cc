// What the read statements return for each GraphQL type (codegen maps the types to these).
// `id` is the node's key in Neo4j; the GraphQL id adds the type (`Film:<key>`).
import type { Date as Neo4jDate, DateTime as Neo4jDateTime } from "neo4j-driver";
import type { Polarity } from "../graph/review-writes";

/** A temporal value as the driver returns it (integers as numbers: disableLosslessIntegers). */
export type StoredTemporal = Neo4jDate<number> | Neo4jDateTime<number>;

export interface FilmModel {
  __typename?: "Film";
  id: string;
  title: string;
  year: number | null;
  /** Undefined in a role's film read without its details (RoleModel.film): the query did not ask. */
  runtimeMinutes?: number | null;
  /** A Neo4j Date (text in a database not yet migrated). */
  releaseDate?: StoredTemporal | string | null;
  rottenTomatoesRating?: number | null;
  imdbRating?: number | null;
  imdbVotes?: number | null;
  scoresSource?: string | null;
  imdbId?: string | null;
  wikidataId?: string | null;
}

export interface PersonModel {
  __typename?: "Person";
  id: string;
  name: string;
  imdbId?: string | null;
  wikidataId?: string | null;
}

export interface RoleModel {
  __typename?: "Role";
  id: string;
  name: string;
  /**
   * The role's film and person (null: nobody plays it). Undefined when the statement that fetched
   * the role left them out because the query did not ask (a mention's target): Role.film and
   * Role.person then load the role by id.
   */
  filmId?: string;
  personId?: string | null;
  /**
   * The role's film as the statement that listed a person's roles fetched it (the `<person-roles>`
   * block): id, title and year, and the other properties only when the operation asks Role.film
   * for one (src/graphql/role-film-fields.ts). Role.film returns it as it is; it never goes into
   * the film loader, whose films have every property. Undefined for roles fetched otherwise.
   */
  film?: FilmModel;
}

export interface ReviewModel {
  __typename?: "Review";
  id: string;
  filmId: string;
  text: string;
  sentiment: number | null;
  /** The critic's rating as written, and it on the 0–100 scale. */
  rating?: string | null;
  score?: number | null;
  /** ISO 639-1; null for reviews stored before languages were detected (English). */
  language?: string | null;
  author: string | null;
  source: string | null;
  /** A Neo4j Date or DateTime (see src/graph/dates.ts); text only in a database not yet migrated. */
  publishedAt: StoredTemporal | string | null;
  url?: string | null;
  createdAt: StoredTemporal | string;
  /** JSON strings, one per unresolved name (parsed by the Review resolver). */
  unresolvedMentions?: string[] | null;
  /** JSON strings, one per recommending sentence. */
  recommendations?: string[] | null;
}

export interface ThemeModel {
  __typename?: "Theme";
  id: string;
  name: string;
  synonyms: string[];
}

export type MentionTargetModel = (PersonModel & { __typename: "Person" }) | (RoleModel & { __typename: "Role" });

export interface MentionModel {
  target: MentionTargetModel;
  polarity: Polarity;
  evidence: string;
  start: number | null;
  end: number | null;
}

export interface ThemeDiscussionModel {
  theme: ThemeModel;
  salience: number;
  evidence: string;
}

export interface EdgeModel<T> {
  cursor: string;
  node: T;
}

export interface ConnectionModel<T> {
  /**
   * The count, or a function that counts when the field is asked: graphql-js' default resolver
   * calls a function-valued property, so a query without `totalCount` runs no count statement.
   */
  totalCount: number | (() => Promise<number>);
  edges: EdgeModel<T>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export interface GenreModel {
  id: string;
  name: string;
  filmCount: number;
}

export type SearchNodeModel =
  | (FilmModel & { __typename: "Film" })
  | (PersonModel & { __typename: "Person" })
  | (RoleModel & { __typename: "Role" })
  | (ThemeModel & { __typename: "Theme" })
  | (ReviewModel & { __typename: "Review" });

/** A search hit; its `fragment` is cut only when a query asks for it (SearchHit.fragment). */
export interface SearchHitModel {
  score: number;
  node: SearchNodeModel;
  field: "title" | "name" | "text";
  /** The text that matched (the `field` of the node) and the query it matched. */
  matched: { text: string; query: string };
}

/** A quoted judgement: the sentence and the review it comes from. */
export interface ConsensusQuoteModel {
  aspect: string;
  count: number;
  evidence: string;
  reviewId: string;
}

export interface PerformanceQuoteModel {
  polarity: Polarity;
  evidence: string;
  reviewId: string;
  role: RoleModel | null;
}

export interface PerformanceReceptionModel {
  mentions: number;
  positive: number;
  negative: number;
  mixed: number;
  neutral: number;
  /** Newest first, at most MAX_PAGE_SIZE. */
  quotes: PerformanceQuoteModel[];
}
