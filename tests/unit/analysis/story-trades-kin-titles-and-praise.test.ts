import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, linked, SALT_ROAD } from "./film";

// Found on a private set of small blind cases of issue 10's kinds (written and annotated by helpers
// who had not read the rules, 2.105.0, docs/analysis.md); the sentences here are invented.
const HOLLOW: FilmFacts = {
  title: "Mole Hill",
  year: 2025,
  directors: ["Rhys Okonjo"],
  writers: ["Rhys Okonjo"],
  cast: [
    { person: "Mabel Strand", character: "Pippa Lark" },
    { person: "Ezra Quint", character: "Tobiah Fenn" },
  ],
};
const PIPPA = "Role:mole-hill-2025/pippa-lark";

describe("a film trade or a craft that belongs to a character is the story's (T2, A1)", () => {
  it.each([
    "Hanne is a soap actress whose acting is far too big for television.",
    "Hanne keeps losing auditions because her acting is too broad.",
    "Amos is a failed composer whose one symphony nobody will play.",
    "The sound of the mill wheels covers the thief's footsteps.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([]);
  });

  it.each([
    ["Lotte Brey is a wonderful actress.", "performance:POSITIVE"],
    ["Hanne is wonderful, and her performance anchors the film.", "performance:POSITIVE"],
    ["The score of the film groans like a ship's hull.", "music:POSITIVE"],
  ])("the film's own craft is still judged: %s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });
});

describe("a kinship title goes with a character's first name (M3)", () => {
  it.each(["The village children call her Auntie Pippa.", "Uncle Tobiah is the family's black sheep.", "Granny Pippa runs the ferry."])("%s", (text) => {
    const found = linked(analyze(text, HOLLOW));
    expect(found.length).toBe(1);
    expect(found[0]).toMatch(/^Role:mole-hill-2025\//);
  });

  it("a formal title still goes with a surname only", () => {
    expect(linked(analyze("Mrs. Pippa runs the ferry.", HOLLOW))).not.toContain(PIPPA);
  });
});

describe("critics' praise of a maker and of the heart of a performance (A2, A10)", () => {
  it.each([
    ["It's Calloway who deserves the credit for keeping the twists from tipping into melodrama.", "overall:POSITIVE|direction:POSITIVE"],
    ["Ines Calloway stages the dances with real swagger.", "direction:POSITIVE"],
    ["Dario Venn brings real heart to the grumpy ferryman.", "performance:POSITIVE"],
    ["The finest piece of scoring in the film comes over the closing credits.", "music:POSITIVE"],
  ])("%s", (text, expected) => {
    const found = judged(analyze(text, SALT_ROAD));
    expect(expected.split("|").some((e) => found.includes(e))).toBe(true);
  });
});

describe("themes said in the story's own words (T1, T4)", () => {
  it.each([
    ["Underneath the pratfalls, it is a comedy about getting a second shot at sixty.", "starting-over"],
    ["The story follows two drifters who would do anything for each other.", "loyalty"],
    ["Amos lost his younger brother to the river when they were boys.", "grief"],
  ])("%s", (text, theme) => {
    expect(analyze(text, SALT_ROAD).themes.map((t) => t.themeId)).toContain(theme);
  });
});
