import type { GenreResolvers, QueryResolvers } from "../../generated/graphql";
import type { GenreModel } from "../models";

export const genreQueries: Pick<QueryResolvers, "genres"> = {
  genres: async (_root, _args, { db }) => (await db.read("genres")).map((row) => row.node as GenreModel),
};

export const Genre: GenreResolvers = {
  id: (genre) => `Genre:${genre.id}`,
};
