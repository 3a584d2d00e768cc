import { analyze, judged, SALT_ROAD } from "./film";

// Found on a third private set of real critics' reviews (realV, 2.110.0, docs/analysis.md): another
// work's title whose words are joined by lowercase words ("Hell or High Water") judged the film.
// The sentences here are invented.
describe("a title of another work joined by lowercase words is a name, not a judgement", () => {
  it.each([
    "Having written Hell and High Water and Sicario, Ines Calloway now directs her own script.",
    "Ines Calloway, who edited Dazed and Confused, directs.",
    "The script, like Lost in Translation, turns on a chance meeting.",
    "Its showdown borrows from Cruel and Unusual and from Sicario.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD)).filter((j) => j.endsWith(":NEGATIVE"))).toEqual([]);
  });

  it("a judgement beside such a title still counts", () => {
    expect(judged(analyze("Having written Hell and High Water, Ines Calloway gives us a dreary, clumsy script.", SALT_ROAD))).toContain("screenplay:NEGATIVE");
  });
});
