import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of small blind cases of issue 10's kinds (written and annotated by helpers
// who had not read the rules, 2.104.0, docs/analysis.md) and on realST; the sentences here are invented.
const HYPHENATED: FilmFacts = {
  title: "Death-Row Waltz",
  year: 2023,
  directors: ["Ola Brink"],
  writers: ["Ola Brink"],
  cast: [{ person: "Tam Rourke", character: "Esko" }],
};
const CO_DIRECTED: FilmFacts = {
  title: "Hollow Bells",
  year: 2022,
  directors: ["Ines Calloway", "Piet Marr"],
  writers: ["Ines Calloway"],
  cast: [{ person: "Dario Venn", character: "Amos" }],
};

describe("a maker credited after 'from' or 'by' only says whose work it is (A9, A10)", () => {
  it.each([
    ["This new version of the legend, by first-time director Ines Calloway, casts Dario Venn as a towering villain.", SALT_ROAD],
    ["The Salt Road, a grim little fable from debuting filmmaker Ines Calloway, also sounds wonderful.", SALT_ROAD],
    ["Hollow Bells, a ghost story from directors Ines Calloway and Piet Marr, is a delight.", CO_DIRECTED],
  ] as const)("%s", (text, film) => {
    expect(judged(analyze(text, film)).filter((j) => j.startsWith("direction:"))).toEqual([]);
  });

  it.each([
    ["Director Ines Calloway does a fine job.", "direction:POSITIVE"],
    ["Calloway directs with great confidence.", "direction:POSITIVE"],
  ])("a maker who is what the sentence judges keeps the judgement: %s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });
});

describe("critics' idioms of praise and fault (A2, A7, T3)", () => {
  it.each([
    ["There isn't a false note in Lotte Brey's performance.", "performance:POSITIVE"],
    ["Lotte Brey's turn as Hanne is to die for.", "performance:POSITIVE"],
    ["Dario Venn is the picture's secret weapon.", "performance:POSITIVE"],
    ["The movie kills time for its whole first act.", "pacing:NEGATIVE"],
    ["For half an hour the story is treading water.", "pacing:NEGATIVE"],
    ["The score never rises above the level of a car advert.", "music:NEGATIVE"],
    ["I can't recommend it enough.", "overall:POSITIVE"],
    ["For all its longueurs, The Salt Road keeps you in its grip until the final frame.", "overall:POSITIVE"],
  ])("%s", (text, expected) => {
    const found = judged(analyze(text, SALT_ROAD));
    expect(found).toContain(expected);
    const [aspect, polarity] = expected.split(":");
    expect(found).not.toContain(`${aspect}:${polarity === "POSITIVE" ? "NEGATIVE" : "POSITIVE"}`);
  });

  it("the first or last frame is a moment of the film, not its images", () => {
    expect(judged(analyze("The Salt Road keeps you guessing until the last frame.", SALT_ROAD))).not.toContain("cinematography:POSITIVE");
  });
});

describe("the title written with typographic dashes or quotes is still the title (M6)", () => {
  it.each(["Death–Row Waltz is a sad, funny little film.", "“Death—Row Waltz” is a sad, funny little film."])("%s", (text) => {
    const result = analyze(text, HYPHENATED);
    expect(result.themes.map((t) => t.themeId)).not.toContain("death");
    expect(judged(result)).toContain("overall:POSITIVE");
  });
});
