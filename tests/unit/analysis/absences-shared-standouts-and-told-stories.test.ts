import { analyze, judged, SALT_ROAD } from "./film";

const judgedOf = (text: string) => judged(analyze(text, SALT_ROAD));

// Found on a private set of real critics' reviews (realAB, 2.120.0, docs/analysis.md): a craft
// said to be absent went unjudged, "isn't the only standout" read as criticism, a director's
// earlier films judged as this one, and the story a film tells ("how things went really wrong")
// read as a verdict, and "something next level" was unknown. The sentences here are invented.
describe("what the film is said to be without is its fault", () => {
  it.each([
    ["In the absence of much plot or character complexity in the script, Calloway leans on mood.", ["screenplay:NEGATIVE", "characterization:NEGATIVE"]],
    ["There is a dearth of humour here.", ["humour:NEGATIVE"]],
    ["It has no plot or characters to speak of.", ["screenplay:NEGATIVE", "characterization:NEGATIVE"]],
  ])("%s", (text, expected) => {
    expect(judgedOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it("a character's want is the story", () => {
    expect(judgedOf("Amos suffers from a lack of sleep.")).toEqual([]);
  });
});

describe("not the only standout is a standout", () => {
  it("Brey isn't the only standout, however.", () => {
    expect(judgedOf("Brey isn't the only standout, however.")).toEqual(["performance:POSITIVE"]);
  });

  it("not the only problem is a problem", () => {
    expect(judgedOf("The script is not the only problem.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("not the best is still denied", () => {
    expect(judgedOf("Venn isn't the best thing in it.")).toEqual(["performance:NEGATIVE"]);
  });
});

describe("a filmmaker's earlier films are not this one", () => {
  it.each([
    ["While her previous efforts behind the camera have carried more flaws than her scripts, The Salt Road is her best work yet.", ["overall:POSITIVE"]],
    ["Her earlier outings were clumsy, but this is a triumph.", ["overall:POSITIVE"]],
  ])("%s", (text, expected) => {
    expect(judgedOf(text)).toEqual(expected);
  });
});

describe("the story a film tells judges nothing", () => {
  it.each([
    "It was written by Calloway, and it tells the tale of how they met, and how things went really wrong for them.",
    "It is the story of a marriage that goes horribly wrong.",
    "The Salt Road is about a marriage that goes horribly wrong.",
    "The film follows a marriage that goes horribly wrong.",
    "Calloway's script tells of a family that falls apart in terrible ways.",
    "It is a cautionary tale of greed that ends badly.",
  ])("%s", (text) => {
    expect(judgedOf(text)).toEqual([]);
  });

  it("the true story a film is based on does not sour the sentence", () => {
    expect(analyze("Based on a true story of a cameraman whose footage went horribly wrong.", SALT_ROAD).sentiment).toBeGreaterThanOrEqual(0);
  });

  it.each([
    ["It tells the story of a family with wit and tenderness.", ["humour:POSITIVE"]],
    ["It is a film about grief that is devastating.", ["overall:POSITIVE"]],
    ["Based on the true story of a family who lost everything, it is a triumph.", ["overall:POSITIVE"]],
    ["The story of Amos is thin and predictable.", ["screenplay:NEGATIVE", "characterization:NEGATIVE"]],
  ])("how it is told still judges: %s", (text, expected) => {
    expect(judgedOf(text)).toEqual(expected);
  });
});

describe("'next level' is praise", () => {
  it.each([
    ["Visually, the film is something next level.", ["cinematography:POSITIVE"]],
    ["Venn is next-level as Amos.", ["performance:POSITIVE"]],
  ])("%s", (text, expected) => {
    expect(judgedOf(text)).toEqual(expected);
  });
});
