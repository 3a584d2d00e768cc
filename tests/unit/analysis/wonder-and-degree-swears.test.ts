import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private development set of real critics' reviews (realST, 2.102.0, docs/analysis.md);
// the sentences here are invented.
describe("'the wonder of' praises; a swear word as a degree adverb is no fault", () => {
  it("the wonder of the animation is praise", () => {
    expect(analyze("What matters is the wonder of the photorealistic animation.", SALT_ROAD).sentiment).toBeGreaterThan(0.2);
  });

  it("'damn close' is close, not damned", () => {
    const text = "What matters about The Salt Road is the wonder of the animation — only God can make a tree, but a million digital polygons come damn close — and the humour of the storytelling.";
    expect(judged(analyze(text, SALT_ROAD))).not.toContain("humour:NEGATIVE");
  });

  it("'no wonder' is no praise", () => {
    expect(analyze("It's no wonder Amos leaves the harbour.", SALT_ROAD).sentiment).toBeLessThanOrEqual(0.2);
  });
});
