import { analyze, judged, SALT_ROAD } from "./film";

const read = (text: string) => {
  const result = analyze(text, SALT_ROAD);
  return { aspects: judged(result), sentiment: result.sentiment ?? 0 };
};

describe("advice to the reader to stay away from the film is an unfavourable verdict", () => {
  it.each([
    "Avoid this dreadful film.",
    "Avoid it.",
    "Avoid at all costs.",
    "Skip it.",
    "Frankly, skip it.",
    "Steer clear of this one.",
    "Pass on this one.",
    "You should avoid this one.",
    "Parents would be wise to avoid it.",
    // Praise words around the advice do not turn it.
    "Do yourself a favour and avoid this film.",
    "This one is best avoided.",
    "It should be avoided at all costs.",
    "It is one to avoid.",
    "Ignore the hype and give The Salt Road a wide berth; better still, skip it.",
  ])("%s", (text) => {
    const { aspects, sentiment } = read(text);
    expect(aspects).toContain("overall:NEGATIVE");
    expect(aspects).not.toContain("overall:POSITIVE");
    expect(sentiment).toBeLessThan(0);
  });
});

describe("denied, the advice is a favourable verdict", () => {
  it.each(["Don't skip this one.", "This is not one to skip."])("%s", (text) => {
    expect(read(text).aspects).toContain("overall:POSITIVE");
  });
});

describe("what is not advice on seeing the film", () => {
  it.each([
    // Advice on something else.
    "Skip the 3D version.",
    // The story's people staying away from each other.
    "The sisters avoid each other.",
  ])("%s judges nothing", (text) => {
    expect(read(text).aspects).toEqual([]);
  });

  it("a fault the film steers clear of is still praise", () => {
    expect(read("The film avoids the usual clichés.").aspects).toContain("overall:POSITIVE");
  });
});
