import { analyze, judged, SALT_ROAD } from "./film";

const read = (text: string) => analyze(text, SALT_ROAD);

describe("critics' wording of liking and of losing interest (A2, A3)", () => {
  it.each(["I would not have missed a second of it.", "I wouldn't miss it.", "I did not miss a beat of this film."])("%s is a favourable verdict", (text) => {
    expect(judged(read(text))).toContain("overall:POSITIVE");
  });

  it.each(["I had a blast watching this film.", "We had a great time.", "I almost skipped over Salt Road, which would have been a huge mistake."])(
    "%s is a favourable verdict (the critic's time at the film; realAH, 2.145.0)",
    (text) => {
      expect(judged(read(text))).toEqual(["overall:POSITIVE"]);
    },
  );

  it("not having fun is no liking, and a character's fun is the story", () => {
    expect(judged(read("I didn't have much fun."))).toEqual(["overall:NEGATIVE"]);
    expect(judged(read("Amos has a blast at the fair."))).toEqual([]);
  });

  it("missing the point is no liking", () => {
    expect(judged(read("I missed the point of it."))).not.toContain("overall:POSITIVE");
  });

  it.each([
    "By the final act, most viewers will have long since checked out.",
    "It feels like a product assembled by committee.",
  ])("%s reads as a fault", (text) => {
    expect(read(text).sentiment).toBeLessThan(0);
  });

  it("'flat broke' is poverty", () => {
    expect(read("The family is flat broke, and the film never lets you forget it.").themes.map((t) => t.themeId)).toContain("poverty");
  });
});
