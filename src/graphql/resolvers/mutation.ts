import type { MutationResolvers } from "../../generated/graphql";
import { deleteReview, reviewKeyOf } from "../../ingest/delete-review";
import { ingestReview } from "../../ingest/ingest-review";
import { ConflictError } from "../../ingest/input-errors";
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

/** How often ingestReview stores a review that concurrent deletes keep removing before it answers CONFLICT. */
const INGEST_ATTEMPTS = 3;

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
    // A concurrent deleteReview can remove the review between its write (or the check that it is
    // already stored) and this read: ingest again, so the answer is the stored review.
    for (let attempt = 1; attempt <= INGEST_ATTEMPTS; attempt++) {
      const { reviewId } = await ingestReview(context.db, context.analyzer, { ...input, filmId: filmKeyOf(input.filmId) });
      clearLoaders(context.loaders);
      const review = await context.loaders.review.load(reviewId);
      if (review) return review;
    }
    throw new ConflictError(`The review was deleted by concurrent requests ${INGEST_ATTEMPTS} times while it was stored; send it again.`);
  },

  async deleteReview(_root, { id }, context) {
    requireToken(context);
    await deleteReview(context.db, reviewKeyOf(id));
    clearLoaders(context.loaders);
    return true;
  },
};
