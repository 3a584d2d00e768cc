import type { Resolvers } from "../../generated/graphql";
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
};
