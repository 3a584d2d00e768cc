import { type AspectAggregate, consensusInputOf, consensusOf, type ConsensusInput, NO_REVIEWS } from "../../src/graphql/consensus";
import { verdictOf } from "../../src/graphql/verdict";

/** The aggregates the review writes keep for reviews of these sentiments (each with a verdict from it). */
const fromSentiments = (sentiments: number[], over: Partial<ConsensusInput> = {}): ConsensusInput => ({
  ...NO_REVIEWS,
  reviewCount: sentiments.length,
  judgedCount: sentiments.length,
  positiveCount: sentiments.filter((s) => verdictOf(s) === "POSITIVE").length,
  negativeCount: sentiments.filter((s) => verdictOf(s) === "NEGATIVE").length,
  sentimentCount: sentiments.length,
  sentimentSum: sentiments.reduce((a, b) => a + b, 0),
  sentimentSquareSum: sentiments.reduce((a, b) => a + b * b, 0),
  ...over,
});

const tally = (aspect: string, [positive, negative, mixed, neutral]: number[], quotes: Partial<Pick<AspectAggregate, "praise" | "criticism">> = {}): AspectAggregate => ({
  aspect,
  positive: positive!,
  negative: negative!,
  mixed: mixed!,
  neutral: neutral!,
  total: positive! + negative! + mixed! + neutral!,
  praise: null,
  criticism: null,
  ...quotes,
});

describe("verdictOf", () => {
  it("is POSITIVE above 0.2, NEGATIVE below -0.2, NEUTRAL in between (bounds neutral)", () => {
    expect([0.21, 0.2, 0, -0.2, -0.21].map(verdictOf)).toEqual(["POSITIVE", "NEUTRAL", "NEUTRAL", "NEUTRAL", "NEGATIVE"]);
  });
});

describe("consensusOf", () => {
  it("has nulls, not zeros, for a film without reviews", () => {
    expect(consensusOf(NO_REVIEWS)).toEqual({
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

  it("counts verdicts, the positive share, agreement and spread (from the sums of sentiments and of their squares)", () => {
    const c = consensusOf(fromSentiments([0.8, 0.4, 0.1, -0.5]));
    expect(c).toMatchObject({ positiveCount: 2, negativeCount: 1, positiveShare: 0.5, agreement: 0.5 });
    expect(c.averageSentiment).toBeCloseTo(0.2, 10);
    expect(c.sentimentSpread).toBeCloseTo(Math.sqrt((0.36 + 0.04 + 0.01 + 0.49) / 4), 10);
  });

  it("reports no spread for equal sentiments, whatever the rounding of the sums", () => {
    // 0.1 + 0.2 + 0.3 - 0.2 - 0.1 as deltas add it: not exactly 0.3.
    const c = consensusOf({ ...fromSentiments([0.3]), sentimentSum: 0.1 + 0.2 + 0.3 - 0.2 - 0.1, sentimentSquareSum: 0.01 + 0.04 + 0.09 - 0.04 - 0.01 });
    expect(c.sentimentSpread).toBe(0);
  });

  it("leaves a review without sentiment or score (a language the analysis cannot read) out of the verdicts, not neutral", () => {
    const c = consensusOf(fromSentiments([0.9, -0.1], { reviewCount: 3 }));
    expect(c).toMatchObject({ reviewCount: 3, positiveCount: 1, positiveShare: 1 / 2, agreement: 1 / 2, averageSentiment: 0.4 });
  });

  it("reports the mean score of the scored reviews", () => {
    const c = consensusOf({ ...fromSentiments([-0.3, 0.1, 0.5]), positiveCount: 2, negativeCount: 1, scoredCount: 2, scoreSum: 118 });
    expect(c).toMatchObject({ positiveCount: 2, negativeCount: 1, positiveShare: 2 / 3, meanScore: 59, scoredReviewCount: 2 });
  });

  it("lists aspects most judged first and quotes praise and criticism, most often first", () => {
    const quote = (reviewId: string) => ({ evidence: `said in ${reviewId}`, reviewId });
    const c = consensusOf(
      fromSentiments([0.9, 0.3, -0.7], {
        aspects: [
          tally("music", [1, 0, 0, 0], { praise: quote("r3") }),
          tally("pacing", [0, 2, 0, 0], { criticism: quote("r3") }),
          tally("performance", [2, 0, 1, 0], { praise: quote("r1") }),
          tally("acting", [1, 0, 0, 0], { praise: quote("r2") }),
        ],
      }),
    );
    expect(c.aspects).toEqual([
      { aspect: "performance", positive: 2, negative: 0, mixed: 1, neutral: 0, total: 3 },
      { aspect: "pacing", positive: 0, negative: 2, mixed: 0, neutral: 0, total: 2 },
      { aspect: "acting", positive: 1, negative: 0, mixed: 0, neutral: 0, total: 1 },
      { aspect: "music", positive: 1, negative: 0, mixed: 0, neutral: 0, total: 1 },
    ]);
    expect(c.praise).toEqual([
      { aspect: "performance", count: 2, evidence: "said in r1", reviewId: "r1" },
      { aspect: "acting", count: 1, evidence: "said in r2", reviewId: "r2" },
      { aspect: "music", count: 1, evidence: "said in r3", reviewId: "r3" },
    ]);
    expect(c.criticism).toEqual([{ aspect: "pacing", count: 2, evidence: "said in r3", reviewId: "r3" }]);
  });
});

describe("consensusInputOf", () => {
  it("reads absent counters (a film without reviews) as 0 and tallies fetched without quotes quote nothing", () => {
    const input = consensusInputOf({ counts: { reviewCount: null }, aspects: [] });
    expect(input).toEqual(NO_REVIEWS);
    const c = consensusOf(
      consensusInputOf({
        counts: { reviewCount: 1, judgedReviewCount: 1, positiveReviewCount: 1, negativeReviewCount: 0, sentimentCount: 1, sentimentSum: 0.5, sentimentSquareSum: 0.25 },
        aspects: [tally("music", [1, 0, 0, 0])],
      }),
    );
    expect(c.aspects).toEqual([{ aspect: "music", positive: 1, negative: 0, mixed: 0, neutral: 0, total: 1 }]);
    expect(c.praise).toEqual([]);
    expect(c).toMatchObject({ positiveCount: 1, positiveShare: 1, averageSentiment: 0.5, sentimentSpread: 0 });
  });
});
