import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private development set of real critics' reviews (realST, 2.99.0, docs/analysis.md);
// the sentences here are invented.
describe("mild praise held to its minimum is a mixed judgement (faint praise)", () => {
  it.each([
    ["It's just okay.", "overall:MIXED"],
    ["The Salt Road is merely serviceable.", "overall:MIXED"],
    ["Dario Venn is merely competent as Amos.", "performance:MIXED"],
  ])("%s", (text, judgement) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([judgement]);
  });

  it("stands in a review that otherwise praises", () => {
    expect(judged(analyze("The boats are lovely and the sea is gorgeous. It's just okay, though. Dario Venn is superb.", SALT_ROAD))).toContain("overall:MIXED");
  });

  it.each([
    ["It's simply brilliant.", "overall:POSITIVE"],
    ["It is just perfect.", "overall:POSITIVE"],
    ["The film is fine.", "overall:POSITIVE"],
    ["It's not just okay, it's great.", "overall:POSITIVE"],
  ])("strong, plain or denied: %s", (text, judgement) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([judgement]);
  });
});
