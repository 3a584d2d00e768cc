import { analyze, judged, SALT_ROAD } from "./film";

const read = (text: string) => analyze(text, SALT_ROAD);

// Found on a private development set of ten real critics' reviews (realR, 2.93.0, docs/analysis.md).
describe("a turn that anchors the film; a film whose fuel runs out (A1)", () => {
  it.each([
    ["Dario Venn's turn anchors the film.", "performance:POSITIVE"],
    ["The film is anchored by a superb Lotte Brey.", "performance:POSITIVE"],
    ["The story peters out.", "overall:NEGATIVE"],
  ])("%s", (text, judgement) => {
    expect(judged(read(text))).toContain(judgement);
  });

  it("'its fuel runs out partway through' finds fault", () => {
    expect(read("Its fuel runs out partway through.").sentiment).toBeLessThan(0);
  });

  it("a news anchor judges nothing", () => {
    expect(judged(read("She is a news anchor in a small town."))).toEqual([]);
  });
});
