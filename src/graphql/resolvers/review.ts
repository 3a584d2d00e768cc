import type { MentionTargetResolvers, QueryResolvers, ReviewResolvers } from "../../generated/graphql";
import { temporalText } from "../../graph/dates";
import { toGlobalId } from "../../graph/ids";
import { parseRecommendations, parseUnresolved } from "./review-findings";
import type { GraphQLContext } from "../context";
import { reviewFilterParams } from "../filters";
import type { ReviewModel } from "../models";
import { sortedPage } from "../sorted-list";
import { reviewVerdict } from "../verdict";
import { REVIEW_FIELDS } from "../whole-links";

/** A review that a stored link points to; a missing one is a broken graph, not a user error. */
export async function reviewById(id: string, { loaders }: GraphQLContext): Promise<ReviewModel> {
  const review = await loaders.review.load(id);
  if (!review) throw new Error(`No review ${id}`);
  return review;
}

export const reviewQueries: Pick<QueryResolvers, "reviews"> = {
  reviews: (_root, { first, after, filter, sort }, { db }) =>
    sortedPage<ReviewModel>(db, {
      required: REVIEW_FIELDS,
      statement: "reviewsList",
      filter: reviewFilterParams(filter),
      field: sort?.field ?? "CREATED_AT",
      direction: sort?.direction ?? "DESC",
      first,
      after,
      defaultSize: 20,
    }),
};

export const Review: ReviewResolvers = {
  id: (review) => toGlobalId("Review", review.id),
  verdict: (review) => reviewVerdict(review),
  async film(review, _args, { loaders }) {
    const film = await loaders.film.load(review.filmId);
    if (!film) throw new Error(`Review ${review.id} has no film ${review.filmId}`);
    return film;
  },
  themeLinks: (review, _args, { loaders }) => loaders.themeLinksByReview.load(review.id),
  async themes(review, _args, { loaders }) {
    return (await loaders.themeLinksByReview.load(review.id)).map((link) => link.theme);
  },
  aspects: (review, _args, { loaders }) => loaders.aspectsByReview.load(review.id),
  mentions: (review, _args, { loaders }) => loaders.mentionsByReview.load(review.id),
  url: (review) => review.url ?? null,
  publishedAt: (review) => temporalText(review.publishedAt),
  createdAt: (review) => temporalText(review.createdAt) ?? "",
  unresolvedMentions: (review) => parseUnresolved(review.unresolvedMentions),
  recommendations: (review) => parseRecommendations(review.recommendations),
};

export const MentionTarget: MentionTargetResolvers = {
  __resolveType: (target) => target.__typename ?? null,
};
