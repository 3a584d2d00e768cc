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

// Kinds seen on new development sets of real reviews (realAG, realAH, 2.146.0); invented sentences.
describe("a theme adjective of wealth before a noun of no one's lot grades it", () => {
  it.each(["The opening sequence feels like a poor rip-off of an older war film.", "It is a poor substitute for a plot.", "Calloway offers rich visuals and little else."])(
    "%s",
    (text) => {
      expect(themes(text).filter((id) => id === "poverty" || id === "class" || id === "wealth")).toEqual([]);
    },
  );
  it("before people it is still the story's poverty", () => {
    expect(themes("The poor families on the coast struggle.")).toContain("poverty");
  });
});

describe("a theme word that names the theme only as a noun, used as a verb", () => {
  it.each(["That's where the success of Salt Road lies.", "Its strength lies in the cast."])("%s", (text) => {
    expect(themes(text)).not.toContain("lies");
  });
  it("still finds the lies the story tells", () => {
    expect(themes("Amos lies to Hanne about the money, and the lies pile up.")).toContain("lies");
  });
});

describe("a liking for things is not the theme of love", () => {
  it.each(["The industry's love for remakes has reached thrillers.", "Calloway's passion for old cars shows in every frame."])("%s", (text) => {
    expect(themes(text)).not.toContain("love");
  });
  it.each(["His love for his son drives the film.", "Their love for Hanne is doomed.", "It is a love for the ages."])("%s is still love", (text) => {
    expect(themes(text)).toContain("love");
  });
});
