import { filmReviewDeltas, type JudgementContribution, type ReviewContribution } from "../../src/graph/film-review-deltas";

const review = (id: string, over: Partial<ReviewContribution> = {}): ReviewContribution => ({
  id,
  filmId: "film-b",
  judged: true,
  positive: true,
  negative: false,
  score: null,
  sentiment: null,
  createdAt: "2026-01-01T00:00:00Z",
  themes: [],
  judgements: [],
  ...over,
});
const plain = (deltas: ReturnType<typeof filmReviewDeltas>) =>
  Object.fromEntries(
    [...deltas].map(([filmId, d]) => [
      filmId,
      {
        counts: [d.reviews, d.judged, d.positive, d.scored, d.scoreSum].map((n) => n.toNumber()),
        added: d.addedCreatedAt,
        removed: d.removedCreatedAt,
        themes: d.themes.map((t) => [t.themeId, t.salience, t.reviews.toNumber()]),
      },
    ]),
  );

it("a new review adds one review, its verdict, score and themes", () => {
  const added = review("r1", { score: 70, themes: [{ themeId: "grief", salience: 0.5 }] });
  expect(plain(filmReviewDeltas([], [added]))).toEqual({
    "film-b": { counts: [1, 1, 1, 1, 70], added: ["2026-01-01T00:00:00Z"], removed: [], themes: [["grief", 0.5, 1]] },
  });
});

it("a deleted review takes all of that off and names its createdAt as removed", () => {
  const gone = review("r1", { positive: false, judged: false, themes: [{ themeId: "grief", salience: 0.5 }] });
  expect(plain(filmReviewDeltas([gone], []))).toEqual({
    "film-b": { counts: [-1, 0, 0, 0, 0], added: [], removed: ["2026-01-01T00:00:00Z"], themes: [["grief", -0.5, -1]] },
  });
});

it("a review stored again with another analysis changes only what differs; it is not removed", () => {
  const was = review("r1", { positive: true, themes: [{ themeId: "grief", salience: 0.5 }, { themeId: "music", salience: 0.25 }] });
  const now = review("r1", { positive: false, themes: [{ themeId: "grief", salience: 0.75 }] });
  expect(plain(filmReviewDeltas([was], [now]))).toEqual({
    "film-b": { counts: [0, 0, -1, 0, 0], added: ["2026-01-01T00:00:00Z"], removed: [], themes: [["grief", 0.25, 0], ["music", -0.25, -1]] },
  });
});

it("the same analysis stored again changes nothing; films and themes come in id order", () => {
  const a = review("r1", { filmId: "film-c", themes: [{ themeId: "war", salience: 1 }] });
  const b = review("r2", { filmId: "film-a", themes: [{ themeId: "war", salience: 1 }, { themeId: "art", salience: 0.5 }] });
  const deltas = filmReviewDeltas([a], [a, b]);
  expect([...deltas.keys()]).toEqual(["film-a", "film-c"]);
  expect(plain(deltas)["film-c"]).toEqual({ counts: [0, 0, 0, 0, 0], added: ["2026-01-01T00:00:00Z"], removed: [], themes: [] });
  expect(plain(deltas)["film-a"]!.themes).toEqual([["art", 0.5, 1], ["war", 1, 1]]);
});

const judged = (aspectId: string, polarity: JudgementContribution["polarity"], start = 0): JudgementContribution => ({
  aspectId,
  polarity,
  evidence: `${aspectId} ${polarity} at ${start}`,
  start,
});
const aspects = (deltas: ReturnType<typeof filmReviewDeltas>, filmId = "film-b") =>
  deltas.get(filmId)!.aspects.map((a) => ({
    aspectId: a.aspectId,
    counts: [a.positive, a.negative, a.mixed, a.neutral, a.total].map((n) => n.toNumber()),
    praise: a.praise && [a.praise.reviewId, a.praise.start.toNumber()],
    criticism: a.criticism && [a.criticism.reviewId, a.criticism.start.toNumber()],
  }));

it("counts negative verdicts and sums the sentiments there are (and their squares)", () => {
  const deltas = filmReviewDeltas([review("r1", { sentiment: 0.5 })], [review("r1", { sentiment: -0.5, positive: false, negative: true }), review("r2", { sentiment: null, judged: false, positive: false })]);
  const d = deltas.get("film-b")!;
  expect([d.reviews, d.positive, d.negative, d.sentiments].map((n) => n.toNumber())).toEqual([1, -1, 1, 0]);
  expect(d.sentimentSum).toBeCloseTo(-1, 12);
  expect(d.sentimentSquareSum).toBeCloseTo(0, 12);
  expect(d.reviewIds).toEqual(["r1", "r2"]);
});

it("tallies aspect judgements per polarity, aspects in id order, and takes the written reviews' best quotes", () => {
  const r1 = review("r1", { sentiment: 0.2, createdAt: "2026-01-01T00:00:00Z", judgements: [judged("pacing", "NEGATIVE"), judged("sound", "POSITIVE", 9)] });
  const r2 = review("r2", { sentiment: 0.8, createdAt: "2026-01-02T00:00:00Z", judgements: [judged("sound", "POSITIVE", 4), judged("sound", "POSITIVE", 2), judged("acting", "MIXED")] });
  // Equal sentiment (none counts as 0): the older review, then the smaller start.
  const r3 = review("r3", { sentiment: null, createdAt: "2025-12-31T00:00:00.500000000Z", judgements: [judged("pacing", "NEGATIVE", 7)] });
  const r4 = review("r4", { sentiment: 0, createdAt: "2026-01-01T00:00:00Z", judgements: [judged("pacing", "NEGATIVE", 1)] });
  expect(aspects(filmReviewDeltas([], [r1, r2, r3, r4]))).toEqual([
    { aspectId: "acting", counts: [0, 0, 1, 0, 1], praise: null, criticism: null },
    { aspectId: "pacing", counts: [0, 3, 0, 0, 3], praise: null, criticism: ["r3", 7] },
    { aspectId: "sound", counts: [3, 0, 0, 0, 3], praise: ["r2", 2], criticism: null },
  ]);
});

it("a deleted review takes its judgements off and offers no quote; a re-analysis offers its new judgements", () => {
  const was = review("r1", { sentiment: 0.9, judgements: [judged("sound", "POSITIVE"), judged("pacing", "NEGATIVE")] });
  const now = review("r1", { sentiment: -0.9, judgements: [judged("sound", "NEGATIVE")] });
  expect(aspects(filmReviewDeltas([was], []))).toEqual([
    { aspectId: "pacing", counts: [0, -1, 0, 0, -1], praise: null, criticism: null },
    { aspectId: "sound", counts: [-1, 0, 0, 0, -1], praise: null, criticism: null },
  ]);
  expect(aspects(filmReviewDeltas([was], [now]))).toEqual([
    { aspectId: "pacing", counts: [0, -1, 0, 0, -1], praise: null, criticism: null },
    { aspectId: "sound", counts: [-1, 1, 0, 0, 0], praise: null, criticism: ["r1", 0] },
  ]);
});
