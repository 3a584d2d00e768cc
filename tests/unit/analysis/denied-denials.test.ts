import { analyze, judged, SALT_ROAD } from "./film";

// Found on private development sets of real critics' reviews (realU, realST; 2.100.0,
// docs/analysis.md); the sentences here are invented.
describe("a denial denied ('there's no denying', 'no doubt') affirms what follows", () => {
  it.each([
    ["There is no denying that The Salt Road is a crowd pleaser.", "overall:POSITIVE"],
    ["There's no denying the film is engrossing.", "overall:POSITIVE"],
    ["Nobody can deny the film is moving.", "overall:POSITIVE"],
    ["There is no denying the film is a mess.", "overall:NEGATIVE"],
  ])("%s", (text, judgement) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([judgement]);
  });

  it.each([
    ["The film is not engrossing.", "overall:NEGATIVE"],
    ["The Salt Road is no crowd pleaser.", "overall:NEGATIVE"],
  ])("a plain negation still denies: %s", (text, judgement) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([judgement]);
  });
});
