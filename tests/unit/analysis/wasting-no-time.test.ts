import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private development set of real critics' reviews (realR, 2.101.0, docs/analysis.md);
// the sentences here are invented.
describe("a film that wastes no time is briskly paced, not a fault", () => {
  it.each([
    "The film wastes no time.",
    "Calloway doesn't waste any time, and the dread is there from the first scene.",
    "The script wastes little time setting up the village.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual(["pacing:POSITIVE"]);
  });

  it("a waste of time is still a verdict against the film", () => {
    expect(judged(analyze("It is a waste of time.", SALT_ROAD))).toEqual(["overall:NEGATIVE"]);
  });

  it("a character who wastes no time judges nothing", () => {
    expect(judged(analyze("Amos wastes no time leaving town.", SALT_ROAD))).toEqual([]);
  });
});
