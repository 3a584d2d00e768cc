import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, SALT_ROAD } from "./film";

// An invented film: no rule may know it.
const FILM = SALT_ROAD;

describe("a subject that lists several crafts (A8)", () => {
  it.each([
    ["The score, editing and cinematography are exceptional.", ["music:POSITIVE", "editing:POSITIVE", "cinematography:POSITIVE"]],
    ["The costuming, set design and cinematography are exceptional.", ["production design:POSITIVE", "cinematography:POSITIVE"]],
    ["The plot, pacing and dialogue are a mess.", ["screenplay:NEGATIVE", "pacing:NEGATIVE"]],
  ])("%s", (text, aspects) => {
    expect(judged(analyze(text, FILM))).toEqual(aspects);
  });

  it("still reads a closed apposition as one subject", () => {
    expect(judged(analyze("Calloway, a former editor and photographer, directs with real flair.", FILM))).toEqual(["direction:POSITIVE"]);
  });
});

describe("a judging adjective right before an actor's name (A7)", () => {
  it.each([
    ["Hanne (voiced by an irritating Lotte Brey) runs away.", ["performance:NEGATIVE"]],
    ["Amos (Dario Venn) and Hanne (played by a grating Lotte Brey) leave the village.", ["performance:NEGATIVE"]],
  ])("%s", (text, aspects) => {
    expect(judged(analyze(text, FILM))).toEqual(aspects);
  });

  it("reads a first name the tagger calls a verb as a name ('by Josh Gad')", () => {
    const film: FilmFacts = { ...FILM, cast: [...(FILM.cast ?? []), { person: "Josh Marr", character: "Olaf" }] };
    expect(judged(analyze("Olaf (voiced by an irritating Josh Marr) tags along.", film))).toEqual(["supporting performance:NEGATIVE"]);
  });
});

describe("critics' words for how a thing is done (A1)", () => {
  it.each([
    ["Calloway directs with flair.", ["direction:POSITIVE"]],
    ["Calloway directs with panache and a light touch.", ["direction:POSITIVE"]],
    ["Calloway directs with a heavy hand.", ["direction:NEGATIVE"]],
    ["Calloway shows little imagination.", ["direction:NEGATIVE"]],
  ])("%s", (text, aspects) => {
    expect(judged(analyze(text, FILM))).toEqual(aspects);
  });

  it("reads 'humorless' as a fault of the humour", () => {
    expect(judged(analyze("It's a mostly humorless slog.", FILM))).toEqual(["overall:NEGATIVE", "humour:NEGATIVE"]);
  });

  it("reads 'the sound of his own voice' as the character's, not the sound design", () => {
    expect(judged(analyze("Amos loves the sound of his own voice.", FILM))).toEqual([]);
  });
});

describe("a theme's phrase in its base form matches only as written (T3)", () => {
  it("reads 'is a man in pain' as no theme, 'learn to be a man' as masculinity", () => {
    expect(analyze("Amos is a man in pain.", FILM).themes.map((t) => t.themeId)).toEqual([]);
    expect(analyze("Amos must learn to be a man.", FILM).themes.map((t) => t.themeId)).toEqual(["masculinity"]);
  });
});

describe("a subject with a phrase after its noun (A8)", () => {
  it.each([
    ["The romance with a traffic cop is pure formula.", ["screenplay:NEGATIVE"]],
    ["The scenes in the desert are stunning.", ["screenplay:POSITIVE"]],
    ["The subplot finally catches fire.", ["screenplay:POSITIVE"]],
  ])("%s", (text, aspects) => {
    expect(judged(analyze(text, FILM))).toEqual(aspects);
  });
});

describe("who 'she' is after an actor named with their part (A7)", () => {
  it("reads 'she' after 'X, as the grown-up Hanne, ...' as the actor", () => {
    expect(judged(analyze("Lotte Brey, as the grown-up Hanne, has more to do, and she does it with fierce conviction.", FILM))).toEqual(["performance:POSITIVE"]);
  });

  it("reads 'oddly cast as Amos's creepy sister' as a fault of the casting", () => {
    expect(judged(analyze("Lotte Brey is oddly cast as Amos's creepy sister.", FILM))).toEqual(["performance:NEGATIVE"]);
  });

  it("reads 'racing to save' as hurrying, not sport", () => {
    expect(analyze("Hanne is a physicist racing to save the planet.", FILM).themes.map((t) => t.themeId)).not.toContain("sport");
  });
});

describe("what a strongly judging noun is made of (A7)", () => {
  it("reads 'a marvel of bitter, wounded fury' as praise of the actor, the fury as the part's", () => {
    expect(judged(analyze("Lotte Brey is a marvel of bitter, wounded fury.", FILM))).toEqual(["performance:POSITIVE"]);
  });

  it("keeps a craft named in the phrase ('a marvel of hand-drawn animation')", () => {
    expect(judged(analyze("The film is a marvel of hand-drawn animation.", FILM))).toEqual(["overall:POSITIVE", "cinematography:POSITIVE"]);
  });
});

describe("'it' after a conceded craft (A10)", () => {
  it.each([
    ["Although the score is lovely, it is overused.", ["music:NEGATIVE"]],
    ["I enjoy Calloway's direction, but it is too much here.", ["direction:MIXED"]],
    ["Though the film is long, it is never dull.", ["overall:POSITIVE"]],
  ])("%s", (text, aspects) => {
    expect(judged(analyze(text, FILM))).toEqual(aspects);
  });
});

describe("'it' after a conceded craft, with the cause named (A10)", () => {
  it("gives a fault the clause says another craft causes to that craft", () => {
    expect(judged(analyze("The choreography is fine, I suppose, but it's so chopped up by the editing that you can barely tell.", FILM))).toEqual([
      "direction:POSITIVE",
      "editing:NEGATIVE",
    ]);
  });
});

describe("a verdict noun said of an actor (A7)", () => {
  it.each([
    ["Lotte Brey is a triumph.", ["performance:POSITIVE"]],
    ["Lotte Brey's grieving widow is a masterpiece of unwanted cheer.", ["performance:POSITIVE"]],
    ["Lotte Brey is in a masterpiece.", ["overall:POSITIVE"]],
  ])("%s", (text, aspects) => {
    expect(judged(analyze(text, FILM))).toEqual(aspects);
  });
});
