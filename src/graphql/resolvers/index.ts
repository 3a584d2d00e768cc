import type { Resolvers } from "../../generated/graphql";
import type { ConnectionModel } from "../models";
import { analyticsQueries, ConsensusQuote } from "./analytics";
import { Film, filmQueries } from "./film";
import { mutations } from "./mutation";
import { Genre, genreQueries } from "./genre";
import { Node, nodeQueries } from "./node";
import { PerformanceQuote, PerformanceReception, Person, personQueries } from "./person";
import { Review, MentionTarget, reviewQueries } from "./review";
import { Role } from "./role";
import { SearchHit, SearchResult, searchQueries } from "./search";
import { Theme, themeQueries } from "./theme";

/**
 * `totalCount` of every connection: the page's count, or its count function called (a connection
 * counts only when the field is asked: ConnectionModel). graphql-js's default resolver would call
 * the function on its own; graphql-jit reads a field without a resolver as a plain property
 * (src/graphql/jit-executor.ts), so the call is written out.
 */
const connectionTotalCount = {
  totalCount: <T>(connection: ConnectionModel<T>) =>
    typeof connection.totalCount === "function" ? connection.totalCount() : connection.totalCount,
};

export const resolvers: Resolvers = {
  Query: {
    ...nodeQueries,
    ...filmQueries,
    ...personQueries,
    ...themeQueries,
    ...reviewQueries,
    ...genreQueries,
    ...searchQueries,
    ...analyticsQueries,
  },
  Mutation: mutations,
  Node,
  Film,
  Genre,
  Person,
  PerformanceReception,
  PerformanceQuote,
  Role,
  Review,
  MentionTarget,
  Theme,
  SearchHit,
  SearchResult,
  ConsensusQuote,
  FilmConnection: connectionTotalCount,
  PersonConnection: connectionTotalCount,
  ReviewConnection: connectionTotalCount,
  ThemeConnection: connectionTotalCount,
};
