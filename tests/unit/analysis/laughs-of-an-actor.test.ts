import { analyze, judged, SALT_ROAD } from "./film";

// Found on private sets of real critics' reviews (realV, realX, dev47, 2.117.0, docs/analysis.md):
// laughs credited to an actor ("The biggest laughs come from Galifianakis") judged the film's
// humour, not the actor's performance; "at their wits' end" was praise of the humour. The
// sentences here are invented.
describe("laughs credited to an actor judge the performance", () => {
  it.each([
    ["The biggest laughs come from Lotte Brey.", ["performance:POSITIVE"]],
    ["Dario Venn is a natural, and he gets the film's best laughs.", ["performance:POSITIVE"]],
    ["Lotte Brey provides good laughs as Hanne.", ["performance:POSITIVE"]],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual(expected);
  });

  it.each([
    "Dario Venn has corralled his friends to make cameos, and they get the movie's biggest laughs.",
    "The laughs come thick and fast.",
  ])("laughs not credited to the one actor stay the humour's: %s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain("humour:POSITIVE");
  });
});

describe("'at their wits' end' is no wit", () => {
  it.each(["At their wits' end, Amos and Hanne call the police.", "At her wit's end, Hanne sells the farm."])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([]);
  });
});
