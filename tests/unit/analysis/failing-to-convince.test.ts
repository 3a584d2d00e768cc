import { analyze, judged, SALT_ROAD } from "./film";

const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

// A class seen while reading "Lotte Brey never convinces" (2.130.0, docs/analysis.md); invented sentences.
describe("convincing is a judgement of the playing", () => {
  it.each([
    ["Lotte Brey never convinces.", "performance:NEGATIVE"],
    ["Lotte Brey convinces as a grieving mother.", "performance:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });

  it.each([["Hanne convinces Amos to stay."], ["Amos is convinced that the village is cursed."]])("%s is the story", (text) => {
    expect(judgedIn(text)).toEqual([]);
    expect(analyze(text, SALT_ROAD).sentiment).toBe(0);
  });
});

describe("praise the subject fails to earn is a fault", () => {
  it.each([["Lotte Brey fails to impress."], ["Lotte Brey fails to shine."], ["Lotte Brey fails utterly to convince."]])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["performance:NEGATIVE"]);
  });

  it("'never fails to' is praise", () => {
    expect(judgedIn("Lotte Brey never fails to impress.")).toEqual(["performance:POSITIVE"]);
  });
});
