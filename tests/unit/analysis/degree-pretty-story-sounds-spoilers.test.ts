import { analyze, judged, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realY, 2.115.0, docs/analysis.md). The sentences
// here are invented.
describe("'pretty' before a quality is a degree word", () => {
  it.each([
    ["It all plods along at a pretty slow pace.", "pacing:NEGATIVE"],
    ["The script is pretty weak.", "screenplay:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([expected]);
  });

  it("'pretty much' praises nothing", () => {
    expect(judged(analyze("The dialogue is pretty much all exposition.", SALT_ROAD))).not.toContain("screenplay:POSITIVE");
  });

  it("'pretty' as an adjective still praises", () => {
    expect(judged(analyze("The film is pretty to look at.", SALT_ROAD))).toEqual(["cinematography:POSITIVE"]);
  });
});

describe("a sound made or heard in the story is not the sound design", () => {
  it.each(["Now he makes that same awful sound without meaning to.", "He lets out a terrible sound.", "We hear a low, wet noise."])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([]);
  });

  it("the film's sound is still judged", () => {
    expect(judged(analyze("The sound is superb.", SALT_ROAD))).toEqual(["sound design:POSITIVE"]);
  });
});

describe("a warning against spoilers is no harm to the film", () => {
  it.each([
    "Don't let anyone spoil The Salt Road, a thriller in the tradition of Duel and The Vanishing, for you.",
    "Some people will try to spoil it for you.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([]);
  });

  it("what spoils the film for the critic is still a fault", () => {
    expect(judged(analyze("The ending spoils it for me.", SALT_ROAD))).toEqual(["overall:NEGATIVE"]);
  });
});
