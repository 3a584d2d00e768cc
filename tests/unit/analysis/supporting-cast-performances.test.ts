import { analyze, judged, SALT_ROAD } from "./film";

const read = (text: string) => analyze(text, SALT_ROAD);

// Found on a private development set of ten real critics' reviews (realR, 2.91.0, docs/analysis.md).
describe("the performances of the supporting players named before them (A7)", () => {
  it.each([
    ["Most of Venn's castmates give forgettable performances.", "supporting performance:NEGATIVE"],
    ["Most of Venn's castmates are not able to keep up with him and in turn, give forgettable performances.", "supporting performance:NEGATIVE"],
  ])("%s", (text, judgement) => {
    const found = judged(read(text));
    expect(found).toContain(judgement);
    expect(found).not.toContain("performance:NEGATIVE");
  });

  it("an actor named between keeps their performance", () => {
    expect(judged(read("The supporting cast is fine and Venn gives a great performance."))).toEqual(["supporting performance:POSITIVE", "performance:POSITIVE"]);
  });
});
