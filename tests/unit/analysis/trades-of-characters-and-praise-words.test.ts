import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realAO, 2.165.0, docs/analysis.md). The sentences are invented.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

describe("a crew trade before a character's name is the character's", () => {
  it("'amateur filmmaker Amos' judges no direction", () => {
    expect(judgedIn("Amateur filmmaker Amos (Dario Venn) and his friends struggle to pay the rent.")).toEqual([]);
  });

  it("the film's director is still judged", () => {
    expect(judgedIn("Ines Calloway is a gifted filmmaker.")).toContain("direction:POSITIVE");
  });
});

describe("critics' words of praise and of staging", () => {
  it.each([
    ["It is a stylish thriller.", "overall:POSITIVE"],
    ["Dario Venn is a consummate professional.", "performance:POSITIVE"],
    ["The film feels stagey.", "direction:NEGATIVE"],
  ])("%s -> %s", (text, judgement) => {
    expect(judgedIn(text)).toContain(judgement);
  });
});

describe("a lesser other is a maker, not a lesser quality", () => {
  it("'a less gifted actress would have ...' finds no fault with this one", () => {
    expect(judgedIn("A less gifted actress would have made Hanne a cartoon.")).not.toContain("performance:NEGATIVE");
  });

  it("'less emotional power than it could have had' is a fault of this film", () => {
    expect(analyze("The script leaves the film with less emotional power than it could have had.", SALT_ROAD).sentiment).toBeLessThan(0);
  });
});
