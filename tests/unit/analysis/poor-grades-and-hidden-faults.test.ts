import { analyze, judged, SALT_ROAD } from "./film";

// Found while reading realAL (2.156.0, docs/analysis.md): "poor" graded nothing. The sentences are invented.
const themesOf = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

describe("'poor' that grades a thing is a fault", () => {
  it.each([
    ["The film has a poor script.", ["screenplay:NEGATIVE"]],
    ["The acting is poor.", ["performance:NEGATIVE", "supporting performance:NEGATIVE"]],
    ["It is a poor film.", ["overall:NEGATIVE"]],
    ["The pacing is poor.", ["pacing:NEGATIVE"]],
    ["The film has poor pacing.", ["pacing:NEGATIVE"]],
  ])("%s", (text, expected) => {
    const result = analyze(text, SALT_ROAD);
    expect(judged(result)).toEqual(expected);
    expect(themesOf(text)).not.toContain("poverty");
  });

  it.each([
    ["The poor families on the coast struggle.", "poverty"],
    ["It is a story about a rich family.", "wealth"],
  ])("a person's lot is still the story's subject: %s", (text, theme) => {
    expect(themesOf(text)).toContain(theme);
  });

  it.each(["Amos is a poor tailor's son.", "Hanne is poor."])("a person's lot judges nothing: %s", (text) => {
    expect(analyze(text, SALT_ROAD).sentiment).toBe(0);
  });
});

describe("a fault the film cannot hide is shown", () => {
  it.each([
    ["It’s very pretty imagery, but barely masks poor character development.", "characterization:NEGATIVE"],
    ["It can't hide its weak script.", "screenplay:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });
});
