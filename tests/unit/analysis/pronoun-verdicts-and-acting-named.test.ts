import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realAM, 2.158.0, docs/analysis.md). The sentences are invented.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

describe("the film as 'it' or 'this one', judged", () => {
  it.each([
    ["It can also be boring.", "overall:NEGATIVE"],
    ["The film is lively, but it can often be boring.", "overall:NEGATIVE"],
    ["The film is exasperating.", "overall:NEGATIVE"],
    ["It is infuriating.", "overall:NEGATIVE"],
    ["This one needed more time in the oven.", "overall:NEGATIVE"],
    ["But there's something not quite right; this one needed more time in the oven.", "overall:NEGATIVE"],
    ["It is wildly uneven, and the script is half-baked.", "overall:NEGATIVE"],
    ["It is wildly uneven, and the script is half-baked.", "screenplay:NEGATIVE"],
    ["It's dull, thanks to a half-baked script.", "overall:NEGATIVE"],
    ["What's left is a movie that never should have left the drawing board.", "overall:NEGATIVE"],
  ])("%s -> %s", (text, judgement) => {
    expect(judgedIn(text)).toContain(judgement);
  });

  it("a lively first clause does not outweigh a boring second one", () => {
    expect(judgedIn("The film is lively, but it can often be boring.")).not.toContain("overall:POSITIVE");
  });

  it("what 'it' is called, not a quality, may be another thing: no verdict", () => {
    expect(judgedIn("It is the best thing in the film, and the script is fine.")).not.toContain("overall:POSITIVE");
  });
});

describe("the idea of the film is not the film", () => {
  it.each(["In concept, it's all there: Hanne at the helm, a ferry, a storm.", "On paper, it's a terrific film."])("%s", (text) => {
    expect(judgedIn(text).filter((j) => j.startsWith("overall"))).toEqual([]);
  });
});

describe("the acting named beside the characters is judged too", () => {
  it.each(["The film has poor character development and some wooden performances.", "It has poor character development and wooden acting."])("%s", (text) => {
    expect(judgedIn(text)).toEqual(expect.arrayContaining(["characterization:NEGATIVE", "performance:NEGATIVE"]));
  });

  it("a character praised with no actor named is still the writing", () => {
    expect(judgedIn("Hanne is compelling, but I wish we saw more of her.")).not.toContain("performance:POSITIVE");
  });
});

describe("a film cut to pieces", () => {
  it.each(["The film has obviously been hacked to pieces.", "It was butchered in the editing room."])("%s", (text) => {
    expect(judgedIn(text)).toContain("editing:NEGATIVE");
  });
});
