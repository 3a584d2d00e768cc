import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realAM, 2.159.0, docs/analysis.md). The sentences are invented.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

describe("a quality said to be absent is a fault", () => {
  it.each([
    ["The humour is missing.", "humour:NEGATIVE"],
    ["Wit is in short supply.", "humour:NEGATIVE"],
  ])("%s -> %s", (text, judgement) => {
    expect(judgedIn(text)).toContain(judgement);
  });

  it.each([
    "The buoyant energy and poignant nostalgia of the stage show, however, are somehow missing.",
    "The charm of the original is nowhere to be found.",
    "Its energy is sorely lacking.",
  ])("reads negative: %s", (text) => {
    expect(analyze(text, SALT_ROAD).sentiment).toBeLessThan(0);
  });

  it("a quality never missing is praise", () => {
    expect(judgedIn("The humour is never missing.")).not.toContain("humour:NEGATIVE");
  });
});

describe("critics' words of pace and talk", () => {
  it.each([
    ["The film does lose steam in its final twenty minutes.", "pacing:NEGATIVE"],
    ["It runs out of steam.", "pacing:NEGATIVE"],
    ["The film is also talky.", "screenplay:NEGATIVE"],
  ])("%s -> %s", (text, judgement) => {
    expect(judgedIn(text)).toContain(judgement);
  });
});
