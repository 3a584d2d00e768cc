import { analyze, judged, SALT_ROAD } from "./film";

const read = (text: string) => analyze(text, SALT_ROAD);

// Found on a private set of real critics' reviews (realAC, 2.127.0, docs/analysis.md): a
// favourable review of a documentary read NEUTRAL. The sentences here are invented.
describe("a critic's word for a stale work, said of a body or a voice, is a person's state", () => {
  it.each([["A man's tired voice tells the operator to hurry."], ["Hanne's weary eyes say everything."]])("%s", (text) => {
    expect(read(text).sentiment).toBe(0);
  });

  it.each([["The jokes are tired."], ["A tired formula."]])("%s still judges", (text) => {
    expect(read(text).sentiment).toBeLessThan(0);
  });
});

describe("'the tease of' is a hint, not a fault", () => {
  it("the film begins with the tease of a crime", () => {
    expect(judged(read("The film begins with the tease of a terrible crime."))).toEqual([]);
  });

  it("an ending that is a tease still disappoints", () => {
    expect(judged(read("The ending is a tease."))).toEqual(["screenplay:NEGATIVE"]);
  });
});
