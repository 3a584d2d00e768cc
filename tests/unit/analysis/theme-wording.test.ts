import { analyze, SALT_ROAD } from "./film";

const themes = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

describe("themes in the story's own words (T4, M6)", () => {
  it.each([
    ["It is a gentle film about two grown-up sisters clearing out their late mother's house.", "siblings"],
    ["It is really a film about grief and about the brother who is left behind.", "siblings"],
    ["It is a story of the long silence between brothers.", "siblings"],
    ["At heart it is a film about growing old and making peace with it.", "acceptance"],
    ["It is a tale of grift, greed and getting even.", "revenge"],
    ["It is a portrait of a painter in his dotage.", "aging"],
  ])("%s", (text, theme) => {
    expect(themes(text)).toContain(theme);
  });

  it("a sister named in passing is no theme", () => {
    expect(themes("Her sister Hanne is a pianist.")).not.toContain("siblings");
  });

  it("'making peace with' is acceptance, not peace", () => {
    expect(themes("He spends the film making peace with his past.")).not.toContain("peace");
  });
});
