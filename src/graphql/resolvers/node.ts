import type { NodeResolvers, QueryResolvers } from "../../generated/graphql";
import { fromGlobalId, type NodeType } from "../../graph/ids";
import type { GraphQLContext } from "../context";
import type { FilmModel, PersonModel, ReviewModel, RoleModel, ThemeModel } from "../models";

type NodeModel = FilmModel | PersonModel | RoleModel | ReviewModel | ThemeModel;

const loaderOf = (type: NodeType, { loaders }: GraphQLContext) =>
  ({
    Film: loaders.film,
    Person: loaders.person,
    Role: loaders.role,
    Review: loaders.review,
    Theme: loaders.theme,
  })[type];

export const nodeQueries: Pick<QueryResolvers, "node"> = {
  async node(_root, { id }, context) {
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    const node = (await loaderOf(parsed.type, context).load(parsed.id)) as NodeModel | null;
    return node ? ({ ...node, __typename: parsed.type } as NodeModel) : null;
  },
};

export const Node: NodeResolvers = {
  __resolveType: (node) => node.__typename ?? null,
};
