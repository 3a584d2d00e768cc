import type { Resolvers } from "../../generated/graphql";
import { Film, filmQueries } from "./film";
import { mutations } from "./mutation";
import { Node, nodeQueries } from "./node";
import { Person, personQueries } from "./person";
import { Review, MentionTarget } from "./review";
import { Role } from "./role";
import { Theme, themeQueries } from "./theme";

export const resolvers: Resolvers = {
  Query: { ...nodeQueries, ...filmQueries, ...personQueries, ...themeQueries },
  Mutation: mutations,
  Node,
  Film,
  Person,
  Role,
  Review,
  MentionTarget,
  Theme,
};
