import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of small blind cases of issue 10's kinds (written and annotated by helpers
// who had not read the rules, 2.107.0, docs/analysis.md); the sentences here are invented.
const HARBOUR: FilmFacts = {
  title: "The Harbour Choir",
  year: 2023,
  directors: ["Nadia Korhonen"],
  writers: [],
  cast: [
    { person: "Tobias Lindqvist", character: "Himself" },
    { person: "Greta Holm", character: "Herself" },
  ],
};

describe("a judging noun whose 'of' phrase names a craft judges the craft (A8)", () => {
  it.each([
    ["The film is a triumph of set design.", "production design:POSITIVE"],
    ["The movie is a masterclass in sound design.", "sound design:POSITIVE"],
    ["The film is a shambles of editing.", "editing:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });

  it("a craft's own noun before 'of' keeps the judgement ('a gag of such length')", () => {
    expect(judged(analyze("It ends on a toilet gag of such length that the children stopped laughing.", SALT_ROAD))).not.toContain("pacing:POSITIVE");
  });
});

describe("the nouns of costume and set judged as the subject (A9)", () => {
  it.each([
    ["The wigs are hopelessly fake.", "production design:NEGATIVE"],
    ["Her gowns are ravishing.", "production design:POSITIVE"],
    ["The interiors are exquisitely dressed.", "production design:POSITIVE"],
    ["The monster effects look ropey.", "production design:NEGATIVE"],
    ["It boasts lavish costumes and a swooning score.", "production design:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });

  it("a wardrobe in the story is no costume work", () => {
    expect(judged(analyze("Hanne hides the letters in her wardrobe.", SALT_ROAD))).toEqual([]);
  });
});

describe("how a craft is handled, said of its maker (A8)", () => {
  it.each([
    ["Calloway's handling of the score is clumsy.", "music:NEGATIVE"],
    ["Calloway's handling of the sound design is where the menace lives.", "sound design:POSITIVE"],
    ["Her staging of the storm is electrifying.", "direction:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });
});

describe("a director's camera in love with a place (A5)", () => {
  it.each(["Calloway shoots Marseille as if she were in love with every crumbling balcony in it.", "The camera loves the salt flats."])("%s", (text) => {
    const found = judged(analyze(text, SALT_ROAD));
    expect(found.some((j) => j === "direction:POSITIVE" || j === "cinematography:POSITIVE")).toBe(true);
    expect(analyze(text, SALT_ROAD).themes.map((t) => t.themeId)).not.toContain("love");
  });
});

describe("a clause answered by an elided verb (A5, A10)", () => {
  it("'If the story sputters, the cast never does': the plot's fault is conceded, the cast praised", () => {
    const found = judged(analyze("If the story sputters in its last act, the cast never does.", SALT_ROAD));
    expect(found).toContain("screenplay:NEGATIVE");
    expect(found).toContain("performance:POSITIVE");
  });

  it("'..., but the film isn't': the copula denies the quality said before", () => {
    expect(judged(analyze("The photography is stunning, but the film isn't.", SALT_ROAD))).toEqual(expect.arrayContaining(["cinematography:POSITIVE", "overall:NEGATIVE"]));
  });

  it("a condition with no answer stays supposed", () => {
    expect(judged(analyze("If the story sputters, I will be surprised.", SALT_ROAD))).not.toContain("screenplay:NEGATIVE");
  });

  it("'even if' concedes: what follows is said", () => {
    expect(judged(analyze("Even if the script is flimsy, the cast is wonderful.", SALT_ROAD))).toContain("screenplay:NEGATIVE");
  });
});

describe("a craft that sets out to harm the film is at fault (A10)", () => {
  it.each(["The score threatens to ruin it.", "The score, which booms at every door slam, seems determined to sink the film."])("%s", (text) => {
    const found = judged(analyze(text, SALT_ROAD));
    expect(found).toContain("music:NEGATIVE");
    expect(found).not.toContain("music:POSITIVE");
  });
});

describe("a person named in the phrase after a craft's head is not what is judged (A11)", () => {
  it("'The subtitles for Lindqvist's sea shanties are clumsy': the captions, not his acting", () => {
    const found = judged(analyze("The subtitles for Lindqvist's rapid sea shanties are clumsy.", HARBOUR));
    expect(found).toContain("accessibility:NEGATIVE");
    expect(found).not.toContain("accessibility:POSITIVE");
    expect(found).not.toContain("depiction:NEGATIVE");
  });

  it("his own portrayal is still judged", () => {
    expect(judged(analyze("Lindqvist's performance is clumsy.", HARBOUR)).length).toBeGreaterThan(0);
  });
});
