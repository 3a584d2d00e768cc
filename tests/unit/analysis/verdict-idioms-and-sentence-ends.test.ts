import { splitSentences } from "../../../src/ingest/analysis/sentences";
import { analyze, judged, SALT_ROAD } from "./film";

// Found on private sets of real critics' reviews (realAK, realAL, 2.153.0, docs/analysis.md). The sentences are invented.
describe("critics' idioms of a verdict", () => {
  it.each([
    ["Directed by Ines Calloway, this movie is a reminder that some things are best left untouched.", "overall:NEGATIVE"],
    ["It is a film that should never have been made.", "overall:NEGATIVE"],
    ["It is just another incoherent spectacle.", "overall:NEGATIVE"],
    ["It is a competent retelling of the legend.", "overall:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });

  it.each(["Yet something is missing.", "But something’s missing."])("a lack the critic feels: %s", (text) => {
    expect(analyze(text, SALT_ROAD).sentiment).toBeLessThan(-0.5);
  });

  it("a person missing something is the story", () => {
    expect(analyze("Hanne is missing something in her life.", SALT_ROAD).sentiment).toBeGreaterThan(-0.8);
  });

  it("'meatiest' and 'eye-opening' praise", () => {
    expect(judged(analyze("The film gives Venn his meatiest role in years, a performance so eye-opening you forgive its flaws.", SALT_ROAD))).toContain("performance:POSITIVE");
  });
});

describe("words that judge nothing here", () => {
  it("'Well,' opening a sentence", () => {
    expect(analyze('Well, "The Salt Road" isn\'t going to, either.', SALT_ROAD).sentiment).toBe(0);
  });

  it("'well' as a manner still praises", () => {
    expect(judged(analyze("It is well shot.", SALT_ROAD))).toEqual(["cinematography:POSITIVE"]);
  });

  it("a person's public image is not the camera's", () => {
    expect(judged(analyze("She was far cleverer than it gives her credit for, particularly where it came to her public image.", SALT_ROAD))).not.toContain("cinematography:POSITIVE");
  });

  it("an opening 'not content with' tells an ambition", () => {
    expect(analyze("Not quite satisfied with progressing to the big-budget leagues of directing, Calloway also decided to write it.", SALT_ROAD).sentiment).toBe(0);
  });

  it("the critic's dissatisfaction is still a fault", () => {
    expect(judged(analyze("I was not satisfied with the ending.", SALT_ROAD))).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("sentence ends", () => {
  it("a bracket closing after '?!' does not end the sentence", () => {
    expect(splitSentences("After roles that failed (Prince of Persia?!), he seems to have course-corrected. Next one!? Yes.").map((s) => s.text)).toEqual([
      "After roles that failed (Prince of Persia?!), he seems to have course-corrected.",
      "Next one!?",
      "Yes.",
    ]);
  });

  it("a question in brackets is still its own sentence", () => {
    expect(splitSentences("(Is it good?) Yes.").map((s) => s.text)).toEqual(["(Is it good?)", "Yes."]);
  });
});

// 2.155.0 (realAI).
describe("greatness the film falls short of is no praise", () => {
  it.each([
    "If ever there was a movie held back from greatness by forgetting the little details, it would be The Salt Road.",
    "It falls just short of greatness.",
  ])("%s", (text) => {
    expect(analyze(text, SALT_ROAD).sentiment).toBeLessThan(0);
  });
});
