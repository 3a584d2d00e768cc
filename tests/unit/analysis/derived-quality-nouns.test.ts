import { wordValence } from "../../../src/ingest/analysis/lexicon";
import { analyze, judged, SALT_ROAD } from "./film";

// A noun of quality made from an adjective the lexicons know reads as its adjective (2.129.0, docs/analysis.md).
describe("a noun in -ability of a known adjective in -able", () => {
  it.each([
    ["likeability", "likeable"],
    ["watchability", "watchable"],
    ["relatability", "relatable"],
  ])("%s reads as %s", (noun, adjective) => {
    const base = wordValence(adjective, adjective, true);
    expect(base.value).not.toBe(0);
    expect(wordValence(noun, noun, true)).toEqual(base);
  });

  it("an unknown base gives nothing", () => {
    expect(wordValence("stability", "stability", true).value).toBe(0);
  });

  it("judges what it is said of", () => {
    expect(judged(analyze("Lotte Brey lacks the likeability the part needs.", SALT_ROAD))).toEqual(["performance:NEGATIVE"]);
  });
});
