import { analyze, SALT_ROAD } from "./film";

const themes = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

// Found on a private development set of ten real critics' reviews (realR, 2.92.0, docs/analysis.md).
describe("space travel is not extraterrestrials; darkness is not race (T2)", () => {
  it.each([
    "Amos, an astronaut, is stranded on Mars and must grow food to survive.",
    "The crew of the space station argue all the way home.",
    "The story changes his experimental spaceship into an interdimensional teleporter.",
  ])("%s", (text) => {
    expect(themes(text)).not.toContain("extraterrestrials");
  });

  it("aliens still are", () => {
    expect(themes("The Salt Road is a film about an alien invasion of a fishing village.")).toContain("extraterrestrials");
  });

  it("'out from the blackness' is darkness", () => {
    expect(themes("Out from the blackness comes something we thought we might never see again: a decent film.")).not.toContain("race");
  });

  it("blackness framed as the subject is race", () => {
    expect(themes("The Salt Road is a film about blackness in a white town.")).toContain("race");
  });
});
