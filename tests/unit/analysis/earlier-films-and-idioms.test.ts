import { analyze, judged, SALT_ROAD } from "./film";

const read = (text: string) => analyze(text, SALT_ROAD);
const aspects = (text: string) => judged(read(text));

describe("an earlier film's faults are not this film's (A6)", () => {
  it.each([
    "The first film was a clumsy, overlong affair.",
    "The original was a sluggish slog.",
    "The first Driftwood was a sluggish, joyless slog.",
  ])("%s judges nothing of this film", (text) => {
    expect(aspects(text)).toEqual([]);
  });

  it("this film's own list of faults still counts", () => {
    expect(aspects("The Salt Road is a clumsy, overlong affair.")).toContain("pacing:NEGATIVE");
  });
});

describe("critics' idioms (A7, T3)", () => {
  it.each([
    ["The film sinks its hooks in early.", "overall:POSITIVE"],
    ["The film runs out of road long before the end.", "overall:NEGATIVE"],
    ["The jokes just sit there.", "humour:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(aspects(text)).toContain(expected);
  });

  it("'doesn't get much better than this' is praise, not a negated comparison", () => {
    const result = read("Slow-burn drama doesn't get much better than this.");
    expect(result.sentiment).toBeGreaterThan(0.5);
    expect(judged(result).every((a) => a.endsWith(":POSITIVE"))).toBe(true);
  });

  it("'dead on arrival' says nothing of death", () => {
    expect(read("Most of the jokes are dead on arrival.").themes.map((t) => t.themeId)).not.toContain("death");
  });
});
