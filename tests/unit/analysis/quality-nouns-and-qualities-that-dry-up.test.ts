import { wordValence } from "../../../src/ingest/analysis/lexicon";
import { analyze, judged, SALT_ROAD } from "./film";

// Found on private sets of real critics' reviews (2.167.0, docs/analysis.md). The sentences are invented.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

describe("a noun of quality says what its adjective in the critic's lexicon says", () => {
  it.each([
    ["Perhaps sensing the thinness of the script, Lotte Brey works hard on the physical side of Hanne.", "screenplay:NEGATIVE"],
    ["The flimsiness of the plot is hard to ignore.", "screenplay:NEGATIVE"],
    ["Given the sluggishness of the pacing, two hours feel like three.", "pacing:NEGATIVE"],
    ["The banality of the dialogue wears you down.", "screenplay:NEGATIVE"],
    ["We admired the crispness of the editing.", "editing:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });

  it.each([
    ["thinness", "thin"],
    ["flimsiness", "flimsy"],
    ["turgidity", "turgid"],
    ["luminosity", "luminous"],
  ])("%s reads as %s", (noun, adjective) => {
    expect(wordValence(noun, noun, true)).toEqual(wordValence(adjective, adjective, true));
  });

  it.each(["witness", "electricity", "humanity", "business", "kindness"])("%s is no judgement", (noun) => {
    expect(wordValence(noun, noun, true).critical).toBe(false);
  });
});

describe("a quality that dries up, peters out or wears off is lost", () => {
  it.each([
    ["The humour dries up after the first hour.", "humour:NEGATIVE"],
    ["The film's early cleverness dries up quickly.", "overall:NEGATIVE"],
    ["The laughs dry up by the midpoint.", "humour:NEGATIVE"],
    ["The wit wears off quickly.", "humour:NEGATIVE"],
  ])("%s", (text, aspect) => {
    const found = judgedIn(text);
    expect(found).toContain(aspect);
    expect(found.some((a) => a.endsWith(":POSITIVE"))).toBe(false);
  });

  it("a river that dries up is the story", () => {
    expect(judgedIn("The river dries up in the second summer.")).toEqual([]);
  });

  it("dry wit is still wit", () => {
    expect(judgedIn("The dry wit is a delight.")).toEqual(["humour:POSITIVE"]);
  });
});

describe("a twist signposted early is the plotting's fault", () => {
  it.each(["The way Amos will betray her is sign-posted early on.", "Everything that happens is signposted.", "Every turn is telegraphed."])("%s", (text) => {
    expect(judgedIn(text)).toContain("screenplay:NEGATIVE");
  });
});
