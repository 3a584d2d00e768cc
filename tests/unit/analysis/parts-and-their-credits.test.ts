import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private development set of real critics' reviews (realST, 2.96.0, docs/analysis.md);
// the sentences here are invented.

/** An invented film named after its hero, as an animated film often is. */
const MARLOW: FilmFacts = {
  title: "Marlow",
  year: 2023,
  directors: ["Ines Calloway"],
  writers: ["Ines Calloway"],
  cast: [
    { person: "Dario Venn", character: "Marlow" },
    { person: "Lotte Brey", character: "Hanne" },
  ],
};

describe("a title credited with who voices or plays it is the character, not the film", () => {
  it.each([
    "Marlow, voiced by Dario Venn with a gravelly drawl, is a bitter, lonely old crank who drives away everyone he meets.",
    "Marlow (Dario Venn) is a miserable, spiteful hermit at the start.",
  ])("%s", (text) => {
    expect(judged(analyze(text, MARLOW))).not.toContain("overall:NEGATIVE");
  });

  it("the title as the subject still judges the film", () => {
    expect(judged(analyze("Marlow is a tedious, joyless slog.", MARLOW))).toContain("overall:NEGATIVE");
  });
});

describe("the part an actor plays is described, not judged, by its apposition and relative clause", () => {
  it.each([
    "Dario Venn leads the crew as Joss “Red” Hallam, a grizzled, scarred drifter resorting to arguably insane behavior as he treks across the moors.",
    "Dario Venn and Lotte Brey play the harbour's lifeboat crew of volunteer sailors who work long shifts while feeling corporate pressure to slow the town's shrinking budget.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD)).filter((j) => j.includes("performance"))).toEqual([]);
  });

  it("a judgement of the playing in the same sentence still counts", () => {
    expect(judged(analyze("Dario Venn is dreadful as Joss “Red” Hallam, a ruthless drifter.", SALT_ROAD))).toContain("performance:NEGATIVE");
  });
});

describe("a crew word credited in brackets with an actor is a person of the story", () => {
  it.each(["Their stern editor (Lotte Brey) is cold and cruel to the reporters.", "Their new editor (Lotte Brey) fires half the staff in a grim, brutal week."])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).not.toContain("editing:NEGATIVE");
  });

  it("the editing itself is still judged", () => {
    expect(judged(analyze("The editing is sloppy and confusing.", SALT_ROAD))).toContain("editing:NEGATIVE");
  });
});

describe("a pronoun the copula calls a statement stands for what was said, not the film", () => {
  it.each(["“Nobody fishes any more”: it's a bitter theory that's been hissed in harbours for years.", "It's an ugly adage, and the village lives by it."])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).not.toContain("overall:NEGATIVE");
  });

  it("a verdict noun after the pronoun still judges the film", () => {
    expect(judged(analyze("It's a bleak, ugly mess.", SALT_ROAD))).toContain("overall:NEGATIVE");
  });
});
