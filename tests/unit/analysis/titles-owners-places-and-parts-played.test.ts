import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { titleForms } from "../../../src/ingest/analysis/title-mask";
import { analyze, judged, linked } from "./film";

// Found on private sets of real critics' reviews (realAK, realAL, 2.152.0, docs/analysis.md). The films and sentences are invented.
const HAT: FilmFacts = {
  title: "Ada Lind's The Fox in the Boots",
  year: 2024,
  directors: ["Bo Marsh"],
  writers: [],
  cast: [
    { person: "Dario Venn", character: "The Fox" },
    { person: "Lotte Brey", character: "Sally" },
  ],
};

describe("a title written without its owner's name", () => {
  it("titleForms", () => {
    expect(titleForms("Ada Lind's The Fox in the Boots")).toEqual(["Ada Lind's The Fox in the Boots", "The Fox in the Boots"]);
    expect(titleForms("The Salt Road")).toEqual(["The Salt Road"]);
  });

  it.each(["The Fox in the Boots is tedious, humorless, and frequently annoying.", "Bo Marsh's The Fox in the Boots tells the story of two children."])("names the film, not the character: %s", (text) => {
    expect(linked(analyze(text, HAT)).filter((l) => l.startsWith("Role:"))).toEqual([]);
  });

  it("the character is still found", () => {
    expect(linked(analyze("Dario Venn plays the Fox.", HAT))).toEqual(["Person:dario-venn", "Role:ada-linds-the-fox-in-the-boots-2024/the-fox"]);
  });

  it("a concession ends where the title opens the next clause", () => {
    expect(judged(analyze("While it does have the odd appealing quality, The Fox in the Boots is, far more often, just painful to watch.", HAT))).toEqual(["overall:NEGATIVE"]);
  });
});

describe("a character credited with a place", () => {
  const film: FilmFacts = {
    title: "Starfall",
    year: 2024,
    directors: ["Bo Marsh"],
    writers: [],
    cast: [
      { person: "Dario Venn", character: "Tristan Vale" },
      { person: "Lotte Brey", character: "Queen of Morrow" },
    ],
  };

  it("the place alone is no one", () => {
    expect(linked(analyze("Tristan lives in a village which borders the magical kingdom of Morrow.", film))).toEqual(["Role:starfall-2024/tristan-vale"]);
  });

  it("the title with its place is the character", () => {
    expect(linked(analyze("The Queen of Morrow is dying.", film))).toEqual(["Role:starfall-2024/queen-of-morrow"]);
  });
});

describe("a title that is its character's name", () => {
  const film: FilmFacts = { title: "Hanne", year: 2024, directors: ["Bo Marsh"], writers: [], cast: [{ person: "Lotte Brey", character: "Hanne" }] };

  it.each([
    ["Lotte Brey is Hanne, and she gets the look right.", ["Person:lotte-brey", "Role:hanne-2024/hanne"]],
    ["Brey plays Hanne.", ["Person:lotte-brey", "Role:hanne-2024/hanne"]],
    ["It seemed so often, was Hanne's life.", ["Role:hanne-2024/hanne"]],
  ])("is the character: %s", (text, expected) => {
    expect(linked(analyze(text, film))).toEqual(expected);
  });

  it("is the film where it is judged", () => {
    expect(linked(analyze("Hanne is a mess.", film))).toEqual([]);
  });
});

describe("a character's name before a word of the franchise", () => {
  const film: FilmFacts = { title: "Creedence", year: 2024, directors: ["Bo Marsh"], writers: [], cast: [{ person: "Dario Venn", character: "Rocco Balbo" }] };

  it.each(["And that's enough to cue the Rocco music.", "It hits all the critical Rocco points."])("%s", (text) => {
    expect(linked(analyze(text, film))).toEqual([]);
  });

  it("the character still acts", () => {
    expect(linked(analyze("Rocco trains the boy.", film))).toEqual(["Role:creedence-2024/rocco-balbo"]);
  });
});
