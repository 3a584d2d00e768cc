import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, SALT_ROAD } from "./film";

// Found on a second private set of small blind cases of issue 10's kinds (written and annotated by
// a helper who had not read the rules, 2.109.0, docs/analysis.md); the sentences here are invented.
const INN: FilmFacts = {
  title: "The Crooked Inn",
  year: 2024,
  directors: ["Hilde Varga"],
  writers: ["Hilde Varga"],
  cast: [
    { person: "Oskar Bright", character: "Milo" },
    { person: "Dana Fell", character: "Ruth" },
    { person: "Kurt Pell", character: "The Porter" },
  ],
};

describe("a critics' idiom judges whole, not as a word and its noun (A2)", () => {
  it.each([
    ["Dana Fell is always worth watching.", "performance:POSITIVE"],
    ["Even when the plot is nonsense, Oskar Bright is worth watching.", "performance:POSITIVE"],
    ["The tension never lets up.", "direction:POSITIVE"],
    ["The closing number is a genuine showstopper.", "music:POSITIVE"],
    ["Varga's direction is merciless.", "direction:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, INN))).toContain(expected);
  });

  it("a recommendation that names no audience keeps the sentence's judgements", () => {
    expect(judged(analyze("Oskar Bright is worth seeing.", INN))).toContain("performance:POSITIVE");
  });

  it("a recommendation to an audience still describes a taste, not the film's craft", () => {
    expect(judged(analyze("If you enjoy slow storytelling, it is worth watching.", INN))).not.toContain("screenplay:NEGATIVE");
  });
});

describe("a first name opening a sentence before its surname and verb (M1)", () => {
  it("'Kurt Pell is a class act in a thankless role'", () => {
    const found = judged(analyze("Kurt Pell is a class act in a thankless role.", INN));
    expect(found).toContain("supporting performance:POSITIVE");
    expect(found).toContain("characterization:NEGATIVE");
  });
});

describe("no equal in the maker's or the actor's work (A7)", () => {
  it.each([
    ["Varga has never made anything scarier.", "direction:POSITIVE"],
    ["Varga has never made anything more assured.", "direction:POSITIVE"],
    ["Nobody could have played Milo better than Oskar Bright.", "performance:POSITIVE"],
  ])("%s", (text, expected) => {
    const found = judged(analyze(text, INN));
    expect(found).toContain(expected);
    expect(found).not.toContain(expected.replace("POSITIVE", "NEGATIVE"));
  });

  it("a counterfactual without a denied equal stays a wish", () => {
    expect(judged(analyze("Bright could have played Milo better.", INN))).toContain("performance:NEGATIVE");
  });

  it("'never made anything worse' is the strongest fault", () => {
    expect(judged(analyze("Calloway has never made anything worse.", SALT_ROAD))).toContain("direction:NEGATIVE");
  });
});
