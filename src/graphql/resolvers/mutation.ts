import type { MutationResolvers } from "../../generated/graphql";
import { deleteReview, reviewKeyOf } from "../../ingest/delete-review";
import { ingestReview } from "../../ingest/ingest-review";
import { filmKeyOf } from "../../ingest/review-input";
import { writeFilm } from "../../ingest/write-film";
import type { GraphQLContext } from "../context";
import { unauthenticated } from "../errors";
import { clearLoaders } from "../loaders";

/** Each mutation field checks the token itself, so reads in the same request stay open. */
function requireToken(context: GraphQLContext): void {
  if (!context.canWrite) {
    throw unauthenticated("Writing needs the header `Authorization: Bearer <API_TOKEN>` with the server's API token.");
  }
}

export const mutations: MutationResolvers = {
  async upsertFilm(_root, { input }, context) {
    requireToken(context);
    const id = await writeFilm(context.db, input);
    clearLoaders(context.loaders);
    const film = await context.loaders.film.load(id);
    if (!film) throw new Error(`Film ${id} was written but cannot be read back`);
    return film;
  },

  async ingestReview(_root, { input }, context) {
    requireToken(context);
    const { reviewId } = await ingestReview(context.db, context.analyzer, { ...input, filmId: filmKeyOf(input.filmId) });
    clearLoaders(context.loaders);
    const review = await context.loaders.review.load(reviewId);
    if (!review) throw new Error(`Review ${reviewId} was written but cannot be read back`);
    return review;
  },

  async deleteReview(_root, { id }, context) {
    requireToken(context);
    await deleteReview(context.db, reviewKeyOf(id));
    clearLoaders(context.loaders);
    return true;
  },
};
