import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of small blind cases of issue 10's kinds (written and annotated by helpers
// who had not read the rules, 2.106.0, docs/analysis.md); the sentences here are invented.
describe("a work named by a title in apposition is judged apart from the film (A6)", () => {
  it.each([
    "Calloway's first feature, Dry Season, was a baggy, overlong affair that wasted a fine premise.",
    "Her previous film, Dry Season, was a clumsy, overlong slog.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([]);
  });

  it("the film itself named in apposition is still judged", () => {
    expect(judged(analyze("Calloway's film, The Salt Road, is a baggy, overlong affair.", SALT_ROAD))).toContain("pacing:NEGATIVE");
  });

  it("the film set against the earlier work keeps its own judgement", () => {
    expect(judged(analyze("Calloway's last film, Dry Season, was overlong, but this one is tight.", SALT_ROAD))).toEqual(["pacing:POSITIVE"]);
  });
});

describe("the force of a staging praised (A2)", () => {
  it.each([
    ["Calloway stages the river crossing with a ferocity that leaves you winded: brutal, chaotic and impossible to look away from.", "direction:POSITIVE"],
    ["Calloway has made a near-masterpiece.", "overall:POSITIVE"],
  ])("%s", (text, expected) => {
    const found = judged(analyze(text, SALT_ROAD));
    expect(found).toContain(expected);
    expect(found.filter((j) => j.endsWith(":NEGATIVE"))).toEqual([]);
  });
});
