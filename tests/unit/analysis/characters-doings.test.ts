import { analyze, judged, SALT_ROAD } from "./film";

const aspects = (text: string) => judged(analyze(text, SALT_ROAD));

describe("a craft word in what a character does is a thing of the story (A4, T2)", () => {
  it.each([
    ["Amos ends up with a deep cut and his leg in a cast after the crash.", ["editing", "performance", "supporting performance"]],
    ["After the storm, Hanne has to set the pace on the long walk to the coast.", ["pacing"]],
    ["Hanne records sound effects for a radio station, and her tapes are wonderful to hear.", ["sound design"]],
    ["Amos writes a dreadful script for the village pageant.", ["screenplay"]],
  ])("%s", (text, notJudged) => {
    const found = aspects(text).map((a) => a.split(":")[0]);
    for (const aspect of notJudged) expect(found).not.toContain(aspect);
  });

  it("still reads the acting, the film and its direction there", () => {
    expect(aspects("Amos is played with terrific warmth by Dario Venn.")).toContain("performance:POSITIVE");
    expect(aspects("Hanne is the best thing in the film.")).toContain("overall:POSITIVE");
    // The actor as the character is the subject; a later clause keeps its own judgement.
    expect(aspects("Dario Venn as Amos is a revelation; the pacing, though, drags.")).toEqual(expect.arrayContaining(["performance:POSITIVE", "pacing:NEGATIVE"]));
  });
});
