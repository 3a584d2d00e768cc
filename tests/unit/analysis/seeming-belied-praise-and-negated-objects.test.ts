import { analyze, judged, SALT_ROAD } from "./film";

const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

// Found on a private set of real critics' reviews (realAC, 2.124.0, docs/analysis.md). The
// sentences here are invented.
describe("a verb of seeming says what follows of the actor, as a copula does", () => {
  it.each([
    ["Dario Venn comes across as an annoying buffoon.", "performance:NEGATIVE"],
    ["Dario Venn comes off as a tedious bore.", "performance:NEGATIVE"],
    ["Dario Venn strikes me as a wonderful presence.", "performance:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toContain(expected);
  });

  it("playing a buffoon is the part, not a judgement", () => {
    expect(judgedIn("Dario Venn plays an annoying buffoon.")).toEqual([]);
  });
});

describe("'this time' before a pronoun subject", () => {
  it.each([
    ["Dario Venn was cute the first time round, but this time he comes across as an annoying buffoon."],
    ["Dario Venn was cute, but this time he is annoying."],
  ])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["performance:NEGATIVE"]);
  });
});

describe("praise set above what the work shows is a fault of the work", () => {
  it.each([["Lotte Brey is far more talented than this performance suggests."], ["Lotte Brey is a better actress than this film lets her show."]])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["performance:NEGATIVE"]);
  });

  it.each([["Lotte Brey is better than ever."], ["Lotte Brey is better than the script allows."]])("%s still praises her", (text) => {
    expect(judgedIn(text)).toContain("performance:POSITIVE");
  });
});

describe("outdoing others is praise", () => {
  it.each([["Dario Venn outshines the leads."], ["Dario Venn would shame most leading men."], ["The supporting cast outclasses most leads."]])("%s", (text) => {
    expect(judgedIn(text).join(" ")).toMatch(/performance:POSITIVE/);
  });

  it("a character who outdoes another is the story", () => {
    expect(judgedIn("Amos outshines his brother at school.")).toEqual([]);
  });
});

describe("a negation denies its object, not a phrase of place after it", () => {
  it.each([
    ["Don't expect spoilers in the gorgeous title song.", "music:POSITIVE"],
    ["There is no joy in this dreary film.", "overall:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toContain(expected);
  });

  it.each([["Don't expect a gorgeous title song.", "music:NEGATIVE"], ["The film isn't funny in the slightest.", "overall:NEGATIVE"]])("%s is still denied", (text, expected) => {
    expect(judgedIn(text)).toContain(expected);
  });
});
