import { analyze, judged, SALT_ROAD } from "./film";

// Found on private sets of real critics' reviews (dev47, realX, 2.112.0, docs/analysis.md): a word
// that judges a film only when said of it ("the last act is more routine") had no valence, and a
// description before a noun ("an ordinary guy") must stay none. The sentences here are invented.
describe("a word said of the film after a copula judges it", () => {
  it.each([
    ["The last act is routine.", "screenplay:NEGATIVE"],
    ["The final scenes are more routine than the rest.", "screenplay:NEGATIVE"],
    ["The second half is fun, but it is also more ordinary.", "overall:NEGATIVE"],
    ["The script feels familiar.", "screenplay:NEGATIVE"],
    ["The film is slight.", "overall:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });

  it.each([
    "Dario Venn plays Amos as an ordinary man in over his head.",
    "Ines Calloway's comedy routine opens the film.",
    "Dario Venn shows a dry wit.",
  ])("before a noun it describes: %s", (text) => {
    expect(judged(analyze(text, SALT_ROAD)).filter((j) => j.endsWith(":NEGATIVE"))).toEqual([]);
  });

  it("'If that sounds dry, it is anything but' denies what the film sounds like", () => {
    expect(judged(analyze("If that sounds dry, The Salt Road is anything but.", SALT_ROAD))).toEqual(["overall:POSITIVE"]);
  });
});

describe("what other films in general do is not the film's", () => {
  it("the faults of most films of its kind are theirs", () => {
    expect(judged(analyze("That said, it lands when most films of this ilk fail to get off the ground.", SALT_ROAD))).toEqual(["overall:POSITIVE"]);
  });

  it.each([
    "The Salt Road soars where most films of this ilk fail.",
    "It succeeds where other thrillers settle for cheap tricks and dull twists.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).not.toContain("overall:NEGATIVE");
  });

  it("a fault said of the film itself stays", () => {
    expect(judged(analyze("Few films are this dull.", SALT_ROAD))).toContain("overall:NEGATIVE");
  });
});
