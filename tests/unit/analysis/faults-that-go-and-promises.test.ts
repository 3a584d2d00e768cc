import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realAO, 2.164.0, docs/analysis.md). The sentences are invented.
const read = (text: string) => analyze(text, SALT_ROAD);

describe("a fault that goes is no fault; a quality that goes is lost", () => {
  it("'the formula melts away' is praise", () => {
    const result = read("With acting like this, the formula melts away to make room for an intense and moving drama.");
    expect(judged(result)).not.toContain("performance:NEGATIVE");
    expect(result.sentiment).toBeGreaterThan(0);
  });

  it("'the charm fades away' is no praise", () => {
    expect(read("The charm of the first hour fades away.").sentiment).toBeLessThanOrEqual(0);
  });

  it("a fault that does not go stays a fault", () => {
    expect(read("The formula never melts away.").sentiment).toBeLessThan(0);
  });
});

describe("a promise of more is praise, a wish for more a fault", () => {
  it.each(["Dario Venn is someone we are likely to be seeing a lot more of.", "We will see more of Dario Venn."])("%s", (text) => {
    expect(read(text).sentiment).toBeGreaterThan(0);
    expect(judged(read(text))).not.toContain("performance:NEGATIVE");
  });

  it("I wish we saw more of her", () => {
    expect(judged(read("I wish we saw more of her."))).toContain("characterization:NEGATIVE");
  });
});
