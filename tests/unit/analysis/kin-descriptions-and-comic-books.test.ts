import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realAM, 2.159.0, docs/analysis.md). The sentences are invented.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

describe("who a character is to others is the story, not the acting", () => {
  it.each([
    "Venn's Amos is an overprotective single father who only wants to shelter his daughter from the world.",
    "Venn's Amos is a bitter, lonely old man.",
  ])("%s", (text) => {
    expect(judgedIn(text).filter((j) => j.includes("performance"))).toEqual([]);
  });

  it.each([
    ["Dario Venn is terrific as a grieving father.", "performance:POSITIVE"],
    ["Dario Venn is wooden as the father.", "performance:NEGATIVE"],
  ])("a critic's word of the actor still judges the acting: %s", (text, judgement) => {
    expect(judgedIn(text)).toContain(judgement);
  });
});

describe("a comic book is not the humour", () => {
  it.each(["The film is based on the DC comic and stars Dario Venn as a veteran.", "It is adapted from the comic by Alan Moore."])("%s", (text) => {
    const result = analyze(text, SALT_ROAD);
    expect(judged(result)).toEqual([]);
    expect(result.sentiment).toBe(0);
  });

  it("the film's comedy is still the humour", () => {
    expect(judgedIn("The comic timing is superb.")).toContain("humour:POSITIVE");
  });
});

// 2.161.0 (realAM): the modifiers before an actor's name, not only the last one.
describe("praise in the words before an actor's name", () => {
  it.each([
    ["Officials are personified by a magnificently snobby, elitist Dario Venn.", "performance:POSITIVE"],
    ["It is voiced by an irritating Dario Venn.", "performance:NEGATIVE"],
  ])("%s", (text, judgement) => {
    expect(judgedIn(text)).toContain(judgement);
  });

  it("words of age or standing judge nothing", () => {
    expect(judgedIn("It stars the grizzled, veteran Dario Venn.")).toEqual([]);
  });
});

// 2.161.0 (dev set, John Wick): in an action or war film, fights and battles are what it shows, not faults.
describe("fights in an action film", () => {
  const ACTION = { ...SALT_ROAD, genres: ["Action"] };
  it("the fights shot wide are no fault of the camera", () => {
    const result = analyze("The fights are long, clear and brutally physical, shot wide so you can actually follow who is hitting whom.", ACTION);
    expect(judged(result)).not.toContain("cinematography:NEGATIVE");
    expect(result.sentiment).toBeGreaterThan(0);
  });

  it("outside those genres a fight keeps its general sense", () => {
    expect(analyze("The fights are shot wide so you can follow them.", SALT_ROAD).sentiment).toBeLessThan(0);
  });
});
