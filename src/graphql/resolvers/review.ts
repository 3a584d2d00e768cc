import type { MentionTargetResolvers, ReviewResolvers } from "../../generated/graphql";
import { toGlobalId } from "../../graph/ids";
import { parseRecommendations, parseUnresolved } from "./review-findings";

export const Review: ReviewResolvers = {
  id: (review) => toGlobalId("Review", review.id),
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
  unresolvedMentions: (review) => parseUnresolved(review.unresolvedMentions),
  recommendations: (review) => parseRecommendations(review.recommendations),
};

export const MentionTarget: MentionTargetResolvers = {
  __resolveType: (target) => target.__typename ?? null,
};
