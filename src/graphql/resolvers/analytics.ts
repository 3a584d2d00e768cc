import neo4j from "neo4j-driver";
import type { AspectTally, ConsensusQuoteResolvers, QueryResolvers } from "../../generated/graphql";
import type { FilmModel, PersonModel, RoleModel, ThemeModel } from "../models";
import { badUserInput } from "../errors";
import { pageSize } from "../pagination";
import { NEGATIVE_BELOW, NEGATIVE_SCORE_TO, POSITIVE_ABOVE, POSITIVE_SCORE_FROM } from "../verdict";
import { reviewById } from "./review";

type Analytics = "themeCooccurrence" | "praisedPerformances" | "aspectSentiment" | "criticsAgreement";

export const analyticsQueries: Pick<QueryResolvers, Analytics> = {
  async themeCooccurrence(_root, { first, minCount }, { db }) {
    const limit = pageSize(first, 10);
    const rows = await db.read("themeCooccurrence", { limit: neo4j.int(limit), minCount: neo4j.int(Math.max(1, minCount ?? 1)) });
    return rows.map((row) => ({ themes: row.themes as ThemeModel[], count: row.count as number }));
  },

  async praisedPerformances(_root, { first }, { db }) {
    const rows = await db.read("praisedPerformances", { limit: neo4j.int(pageSize(first, 10)) });
    return rows.map((row) => ({
      person: row.person as PersonModel,
      role: row.role as RoleModel,
      film: row.film as FilmModel,
      positiveMentions: row.positiveMentions as number,
      mentions: row.mentions as number,
      evidence: (row.evidence as string | null) ?? null,
    }));
  },

  aspectSentiment: async (_root, _args, { db }) => (await db.read("aspectSentiment")) as unknown as AspectTally[],

  async criticsAgreement(_root, { first, minReviews, order }, { db }) {
    const atLeast = minReviews ?? 2;
    if (!Number.isInteger(atLeast) || atLeast < 1) throw badUserInput(`minReviews must be at least 1, got ${atLeast}`);
    const rows = await db.read("criticsAgreement", {
      limit: neo4j.int(pageSize(first, 10)),
      minReviews: neo4j.int(atLeast),
      divided: (order ?? "MOST_DIVIDED") === "MOST_DIVIDED",
      positiveAbove: POSITIVE_ABOVE,
      negativeBelow: NEGATIVE_BELOW,
      positiveScoreFrom: neo4j.int(POSITIVE_SCORE_FROM),
      negativeScoreTo: neo4j.int(NEGATIVE_SCORE_TO),
    });
    return rows.map((row) => ({
      film: row.film as FilmModel,
      reviewCount: row.reviewCount as number,
      positiveShare: row.positiveShare as number,
      agreement: row.agreement as number,
      sentimentSpread: row.sentimentSpread as number,
    }));
  },
};

export const ConsensusQuote: ConsensusQuoteResolvers = {
  review: (quote, _args, context) => reviewById(quote.reviewId, context),
};
