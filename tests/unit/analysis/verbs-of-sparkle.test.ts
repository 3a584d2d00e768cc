import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realX, 2.113.0, docs/analysis.md): praise said
// with a verb of sparkle ("glitters like a row of Oscars"), won over ("which wins us over") or a
// song stuck in the critic's head was no judgement, or a NEGATIVE one. The sentences are invented.
describe("a verb of sparkle said of the film is a verdict", () => {
  it.each([
    ["The Salt Road glitters like a jewel box.", "overall:POSITIVE"],
    ["It crackles with energy.", "overall:POSITIVE"],
    ["It brims with ideas.", "overall:POSITIVE"],
    ["It fizzes from start to finish.", "overall:POSITIVE"],
    ["It sizzles.", "overall:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([expected]);
  });

  it("glitter as a noun is no praise", () => {
    expect(judged(analyze("The Salt Road is all glitter and no heart.", SALT_ROAD))).not.toContain("overall:POSITIVE");
  });
});

describe("being won over is praise", () => {
  it.each([
    ["Dario Venn is a risky choice as Amos, but he wins us over.", "performance:POSITIVE"],
    ["Dario Venn seems miscast at first, but he won me over.", "performance:POSITIVE"],
    ["Dario Venn shows real vulnerability.", "performance:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([expected]);
  });
});

describe("a song stuck in the critic's head is praise of the music", () => {
  it.each(["The songs were stuck in my head for hours.", "The songs will be stuck in your head for days."])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual(["music:POSITIVE"]);
  });
});
