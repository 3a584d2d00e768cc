import { analyze, SALT_ROAD } from "./film";

// Found on private sets of real critics' reviews (realAK, realAL, 2.154.0, docs/analysis.md). The sentences are invented.
const themesOf = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

describe("an adjective of a person says who they are, not what the film is about", () => {
  it.each([
    ["Hanne is a lovesick, angry woman.", "heartbreak"],
    ["Loyal fans will be let down.", "loyalty"],
    ["Amos meets the evil queen Lamia.", "good-and-evil"],
  ])("%s", (text, theme) => {
    expect(themesOf(text)).not.toContain(theme);
  });

  it("the theme named as a subject still counts", () => {
    expect(themesOf("The film is about wealth and greed.")).toEqual(["wealth", "greed"]);
  });

  it("a person's lot is the story's subject", () => {
    expect(themesOf("It is a story about a rich family that loses its boats.")).toContain("wealth");
  });

  it("the adjective stays the story's word, not the critic's judgement", () => {
    expect(analyze("Amos meets the evil queen Lamia.", SALT_ROAD).sentiment).toBe(0);
  });
});
