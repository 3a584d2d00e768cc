import { splitSentences } from "../../../src/ingest/analysis/sentences";
import { analyze, judged, linked, SALT_ROAD } from "./film";

// Found on private sets of real critics' reviews (realAN, realAO, 2.162.0, docs/analysis.md). The sentences are invented.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

describe("critics' idioms in their other forms", () => {
  it.each([
    ["The dogs steal the show.", 0],
    ["Director Ines Calloway squeezes suspense out of a few scenes in the lighthouse.", 0],
    ["It wrings laughs from the slightest of premises.", 0],
  ])("%s reads as praise", (text) => {
    expect(analyze(text, SALT_ROAD).sentiment).toBeGreaterThan(0);
  });

  it("squeezing suspense out of scenes is the direction's praise", () => {
    expect(judgedIn("Director Ines Calloway squeezes suspense out of a few scenes that key on Hanne's helplessness.")).toContain("direction:POSITIVE");
  });
});

describe("words of the craft in what the story does", () => {
  it.each(["A demon haunts her for days until she is dragged into hell.", "She is dragged off to jail."])("%s", (text) => {
    expect(judgedIn(text)).not.toContain("pacing:NEGATIVE");
  });

  it("a film dragged down by its script is still a fault", () => {
    expect(judgedIn("The film is dragged down by its script.")).not.toEqual([]);
  });

  it("'he scores' is a verb, not the music", () => {
    expect(judgedIn("Even in this sketchy little role he scores.")).not.toContain("music:NEGATIVE");
  });

  it("a participle after a character's apposition still describes the character", () => {
    expect(judgedIn("Dario Venn plays Amos, a successful lawyer, enjoying life with his new wife.")).toEqual([]);
  });

  it("the opening act is a part of the film, not the film", () => {
    expect(judgedIn("It's a pulse-pounding opening act.")).not.toContain("overall:POSITIVE");
  });
});

describe("a maker's name joined to a participle of making", () => {
  it("links the name", () => {
    expect(linked(analyze("It is not the Ines Calloway-directed favourite you remember.", SALT_ROAD))).toContain("Person:ines-calloway");
  });

  it("an award before a name is still no one", () => {
    expect(linked(analyze("The Oscar-winning Dario Venn is fine.", SALT_ROAD))).toEqual(["Person:dario-venn"]);
  });

  it("keeps the sentence whole", () => {
    expect(splitSentences("The Tim Burton-produced, Ines Calloway-directed favourite is odd.")).toHaveLength(1);
  });
});
