import { analyze, judged, SALT_ROAD } from "./film";

const aspects = (text: string) => judged(analyze(text, SALT_ROAD));

describe("a director's judgement said as competence, beside another cue (A10)", () => {
  it.each([
    "Dario Venn is superb, and Ines Calloway has the good sense to keep the camera on him.",
    "The songs are forgettable, but Ines Calloway knows exactly when to cut away.",
    "The jokes misfire, yet Ines Calloway keeps the whole thing zipping along like a pro.",
    "Ines Calloway has the wisdom to stay out of the way of her actors.",
  ])("%s", (text) => {
    expect(aspects(text)).toContain("direction:POSITIVE");
  });

  it("denied, competence is a fault", () => {
    expect(aspects("Ines Calloway doesn't know when to stop.")).toContain("direction:NEGATIVE");
  });
});

describe("what a concession concedes keeps its own judgement (A5)", () => {
  it("'even at its most ...' concedes", () => {
    expect(aspects("Even at its most sluggish, the film is a delight.")).toEqual(expect.arrayContaining(["pacing:NEGATIVE", "overall:POSITIVE"]));
  });

  it("a loss denied is a quality kept: 'never runs out of charm'", () => {
    expect(aspects("The Salt Road never runs out of charm.")).toContain("overall:POSITIVE");
    expect(aspects("The Salt Road never runs out of charm.")).not.toContain("overall:NEGATIVE");
  });

  it.each([
    ["Even when the plot strains credulity, the film is gripping.", "screenplay:NEGATIVE"],
    ["Even when the dialogue clunks, the film holds you.", "screenplay:NEGATIVE"],
    ["Even when the photography dazzles, the script is always a step behind the audience.", "screenplay:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(aspects(text)).toContain(expected);
  });
});
