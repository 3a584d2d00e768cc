import { consensusInputOf, consensusOf, type JudgementRow } from "../../src/graphql/consensus";
import { verdictOf } from "../../src/graphql/verdict";

const judgement = (aspect: string, polarity: JudgementRow["polarity"], reviewId: string, sentiment: number): JudgementRow => ({
  aspect,
  polarity,
  evidence: `${aspect} in ${reviewId}`,
  reviewId,
  sentiment,
});

describe("verdictOf", () => {
  it("is POSITIVE above 0.2, NEGATIVE below -0.2, NEUTRAL in between (bounds neutral)", () => {
    expect([0.21, 0.2, 0, -0.2, -0.21].map(verdictOf)).toEqual(["POSITIVE", "NEUTRAL", "NEUTRAL", "NEUTRAL", "NEGATIVE"]);
  });
});

describe("consensusOf", () => {
  it("has nulls, not zeros, for a film without reviews", () => {
    expect(consensusOf({ reviewCount: 0, sentiments: [], judgements: [] })).toEqual({
      reviewCount: 0,
      positiveCount: 0,
      negativeCount: 0,
      positiveShare: null,
      meanScore: null,
      scoredReviewCount: 0,
      averageSentiment: null,
      agreement: null,
      sentimentSpread: null,
      aspects: [],
      praise: [],
      criticism: [],
    });
  });

  it("counts verdicts, the positive share, agreement and spread", () => {
    const c = consensusOf({ reviewCount: 4, sentiments: [0.8, 0.4, 0.1, -0.5], judgements: [] });
    expect(c).toMatchObject({ positiveCount: 2, negativeCount: 1, positiveShare: 0.5, agreement: 0.5 });
    expect(c.averageSentiment).toBeCloseTo(0.2, 10);
    expect(c.sentimentSpread).toBeCloseTo(Math.sqrt((0.36 + 0.04 + 0.01 + 0.49) / 4), 10);
  });

  it("leaves a review without sentiment or score (a language the analysis cannot read) out of the verdicts, not neutral", () => {
    const c = consensusOf({ reviewCount: 3, sentiments: [0.9, -0.1], verdictInputs: [{ sentiment: 0.9, score: null }, { sentiment: -0.1, score: null }], judgements: [] });
    expect(c).toMatchObject({ reviewCount: 3, positiveCount: 1, positiveShare: 1 / 2, agreement: 1 / 2, averageSentiment: 0.4 });
  });

  it("takes the verdict from the score where the critic gave a rating, and reports the mean score", () => {
    const c = consensusOf({
      reviewCount: 3,
      sentiments: [-0.3, 0.1, 0.5],
      verdictInputs: [
        { sentiment: -0.3, score: 88 },
        { sentiment: 0.1, score: 30 },
        { sentiment: 0.5, score: null },
      ],
      judgements: [],
    });
    expect(c).toMatchObject({ positiveCount: 2, negativeCount: 1, positiveShare: 2 / 3, meanScore: 59, scoredReviewCount: 2 });
  });

  it("tallies aspects, most judged first, and quotes the most positive and most negative reviews", () => {
    const c = consensusOf({
      reviewCount: 3,
      sentiments: [0.9, 0.3, -0.7],
      judgements: [
        judgement("performance", "POSITIVE", "r2", 0.3),
        judgement("performance", "POSITIVE", "r1", 0.9),
        judgement("pacing", "NEGATIVE", "r2", 0.3),
        judgement("pacing", "NEGATIVE", "r3", -0.7),
        judgement("performance", "MIXED", "r3", -0.7),
        judgement("music", "POSITIVE", "r3", -0.7),
      ],
    });
    expect(c.aspects).toEqual([
      { aspect: "performance", positive: 2, negative: 0, mixed: 1, neutral: 0, total: 3 },
      { aspect: "pacing", positive: 0, negative: 2, mixed: 0, neutral: 0, total: 2 },
      { aspect: "music", positive: 1, negative: 0, mixed: 0, neutral: 0, total: 1 },
    ]);
    expect(c.praise).toEqual([
      { aspect: "performance", count: 2, evidence: "performance in r1", reviewId: "r1" },
      { aspect: "music", count: 1, evidence: "music in r3", reviewId: "r3" },
    ]);
    expect(c.criticism).toEqual([{ aspect: "pacing", count: 2, evidence: "pacing in r3", reviewId: "r3" }]);
  });
});

describe("consensusInputOf", () => {
  it("counts every review, keeps the sentiments there are and the reviews with a sentiment or a score", () => {
    const input = consensusInputOf({
      reviews: [
        { sentiment: 0.5, score: null },
        { sentiment: null, score: 80 },
        { sentiment: null, score: null },
      ],
      judgements: [],
    });
    expect(input).toEqual({
      reviewCount: 3,
      sentiments: [0.5],
      verdictInputs: [
        { sentiment: 0.5, score: null },
        { sentiment: null, score: 80 },
      ],
      judgements: [],
    });
    expect(consensusOf(input).positiveCount).toBe(2);
  });

  it("tallies judgements fetched without their evidence and quotes none of them", () => {
    const c = consensusOf(
      consensusInputOf({
        reviews: [{ sentiment: 0.5, score: null }],
        judgements: [{ ...judgement("music", "POSITIVE", "r1", 0.5), evidence: null }],
      }),
    );
    expect(c.aspects).toEqual([{ aspect: "music", positive: 1, negative: 0, mixed: 0, neutral: 0, total: 1 }]);
    expect(c.praise).toEqual([]);
  });
});
