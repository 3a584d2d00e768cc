import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, linked, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realZ, 2.117.0, docs/analysis.md): characters
// called by the nickname in their credit were not linked, nor a character before "play" as a verb;
// a director who also acts was judged as an actor when the sentence said they direct; "It's a
// great film" lost its verdict beside a named director; "stays with you" was no praise; and a
// character's doings after a bracketed credit were read as craft. The films and sentences here
// are invented.

const WINGS: FilmFacts = {
  title: "High Wire",
  year: 2025,
  directors: ["Mara Quist"],
  writers: ["Mara Quist"],
  cast: [
    { person: "Mara Quist", character: "Nell Aster" },
    { person: "Tobin Hale", character: 'Casper "Rooster" Lind' },
    { person: "Ada Brook", character: 'June "Sparrow" Oyelaran' },
  ],
};

describe("a character called by the nickname in their credit is linked", () => {
  it.each([
    ["Rooster has always blamed Nell for the crash.", ["Role:high-wire-2025/casper-rooster-lind", "Role:high-wire-2025/nell-aster"]],
    ['He annoys "Sparrow" (Ada Brook) at every turn.', ["Role:high-wire-2025/june-sparrow-oyelaran", "Person:ada-brook"]],
  ])("%s", (text, expected) => {
    expect(linked(analyze(text, WINGS))).toEqual(expected);
  });
});

describe("a character before 'play' as a verb is the character", () => {
  it("links the character who plays a game", () => {
    expect(linked(analyze("For the entire running time, you watch Amos play cerebral footsy with Hanne.", SALT_ROAD))).toEqual([
      "Role:the-salt-road-2024/amos",
      "Role:the-salt-road-2024/hanne",
    ]);
  });

  it("still reads a character's name before 'movie' as a work", () => {
    expect(linked(analyze("The first Amos movie was better.", SALT_ROAD))).toEqual([]);
  });
});

describe("a director who also acts is judged as the director where the sentence says they direct", () => {
  it.each([
    ["Quist directs with a sure hand.", ["direction:POSITIVE"]],
    ["Quist's direction is assured.", ["direction:POSITIVE"]],
    ["Quist is terrific as Nell.", ["performance:POSITIVE"]],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, WINGS))).toEqual(expected);
  });

  it("reads 'knows how to pace' as directing", () => {
    expect(judged(analyze("Quist knows how to pace her movie and build tension.", WINGS))).toContain("direction:POSITIVE");
  });
});

describe("'It's a great film' is a verdict beside a named director", () => {
  it.each([
    ["It's a great film, and much credit goes to Calloway.", ["direction:POSITIVE", "overall:POSITIVE"]],
    ["It's a better film than the first one, and much credit for that must go to Calloway.", ["direction:POSITIVE", "overall:POSITIVE"]],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual(expected);
  });
});

describe("a film that stays with you is praised", () => {
  it.each(["The Salt Road stays with you.", "This is the kind of drama that stays with you.", "The Salt Road lingers in the mind."])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual(["overall:POSITIVE"]);
  });

  it("a character who stays with another is the story", () => {
    expect(judged(analyze("Amos stays with Hanne for a week.", SALT_ROAD))).toEqual([]);
  });
});

describe("what a character does after a bracketed credit or an apposition is the story", () => {
  it.each([
    "Hanne (voiced by Lotte Brey) grows up in a family that has forbidden music.",
    "Hanne, a shy girl, grows up in a family that has forbidden music.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([]);
  });
});
