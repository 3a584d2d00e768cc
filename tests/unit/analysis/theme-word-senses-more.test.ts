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

// Found on a private development set of ten real critics' reviews (realST, 2.98.0, docs/analysis.md).
describe("an idiom with a modifier inside it is still the idiom (T2)", () => {
  it.each([
    "Amos and Hanne cross the moors, and the camera does full justice to the landscapes.",
    "Amos and Hanne cross the moors, and the camera does rare justice to the landscapes.",
  ])("%s", (text) => {
    expect(themes(text)).not.toContain("justice");
  });

  it("justice the story seeks is still the theme", () => {
    expect(themes("Amos fights for justice in a corrupt harbour town.")).toContain("justice");
  });
});

// Found on private development sets of real critics' reviews (realU, realR; 2.98.0, docs/analysis.md).
describe("'a band of' men is a group and 'the last days of' a war its end (T2)", () => {
  it("a band of merry men is no music", () => {
    expect(themes("Amos and his loyal band of merry men ride out to save the harbour town.")).not.toContain("music");
  });

  it("the last days of a war are no apocalypse", () => {
    expect(themes("Amos and his crew try to survive in the last days of the war.")).not.toContain("apocalypse");
  });

  it("a band that plays is still music", () => {
    expect(themes("Hanne joins a band of musicians and plays the fiddle for a living.")).toContain("music");
  });
});
