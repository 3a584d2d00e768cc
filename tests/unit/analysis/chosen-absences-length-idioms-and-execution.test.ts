import { analyze, judged, SALT_ROAD } from "./film";

const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

// Found on the development set (dev47, 2.126.0, docs/analysis.md); the sentences here are invented.
describe("what the film chooses to do without is no lack", () => {
  it.each([["Calloway uses no talking heads on screen."], ["The film needs no introduction."]])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });

  it("what it has none of still is", () => {
    expect(judgedIn("The film has no tension.")).toContain("overall:NEGATIVE");
  });
});

describe("'at great length' is how long, not how good", () => {
  it("judges no pace", () => {
    expect(judgedIn("Characters explain the rules of the curse to one another at great length.")).not.toContain("pacing:POSITIVE");
  });
});

describe("an idea set above its execution is a fault of the execution", () => {
  it.each([
    ["If the film has a weakness, it is that its ideas about grief are more interesting than its treatment of them.", "NEGATIVE"],
    ["The premise is better than its execution.", "NEGATIVE"],
  ])("%s", (text, polarity) => {
    const found = judgedIn(text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((j) => j.endsWith(polarity))).toBe(true);
  });
});
