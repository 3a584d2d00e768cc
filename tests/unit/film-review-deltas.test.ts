import { filmReviewDeltas, type ReviewContribution } from "../../src/graph/film-review-deltas";

const review = (id: string, over: Partial<ReviewContribution> = {}): ReviewContribution => ({
  id,
  filmId: "film-b",
  judged: true,
  positive: true,
  score: null,
  createdAt: "2026-01-01T00:00:00Z",
  themes: [],
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
