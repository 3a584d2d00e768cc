import { analyze, judged, SALT_ROAD } from "./film";

const read = (text: string) => analyze(text, SALT_ROAD);

// Found on a private development set of ten real critics' reviews (realR, 2.89.0, docs/analysis.md).
describe("missing the film is staying away from it (A2)", () => {
  it.each([
    ["Don't miss it.", "overall:POSITIVE"],
    ["It is not to be missed.", "overall:POSITIVE"],
    ["This one is best missed.", "overall:NEGATIVE"],
    ["One to miss.", "overall:NEGATIVE"],
    ["Miss it at your peril.", "overall:POSITIVE"],
    ["Skip this one at your own peril.", "overall:POSITIVE"],
  ])("%s", (text, verdict) => {
    expect(judged(read(text))).toEqual([verdict]);
  });

  it("a character missing someone advises nothing", () => {
    expect(judged(read("Hanne will miss her sister."))).toEqual([]);
  });
});

describe("a verdict stated outright stands against a review that tells a grim story (A8)", () => {
  it.each([
    "It is a long, hard fight for Amos, but he prevails in the end. Don't miss it.",
    "The village is poor and miserable. Hanne is ill and her husband is a brute. I loved it.",
  ])("%s", (text) => {
    expect(judged(read(text))).toContain("overall:POSITIVE");
  });
});

describe("advice to readers of one taste is no verdict (A2)", () => {
  it.each(["Stay away from this movie if you don't like onscreen gore.", "If you hate musicals, skip it."])("%s", (text) => {
    const result = read(text);
    expect(judged(result)).toEqual([]);
    expect(result.sentiment).toBe(0);
  });

  it("advice to stay away in spite of a taste is still a verdict", () => {
    expect(judged(read("Avoid it, even if you love the books."))).toEqual(["overall:NEGATIVE"]);
  });
});

describe("what the film tells or its makers show is the story, not a judgement (A3)", () => {
  it.each([
    "The film chronicles his rise and struggles with fame, his sexual identity, and what family really means.",
    "And while the filmmakers clearly show that these things are caused by animal abuse, no one is willing to accept the blame.",
  ])("%s", (text) => {
    expect(judged(read(text))).toEqual([]);
  });

  it("a critic's word in what the film depicts still judges", () => {
    expect(judged(read("The film depicts his decline with unflinching honesty."))).toEqual(["depiction:POSITIVE"]);
  });

  it("a new clause after the telling is judged", () => {
    expect(judged(read("The film chronicles his rise, and it is dreadful."))).toEqual(["overall:NEGATIVE"]);
  });
});

describe("others' view reported without 'that' (A6)", () => {
  it("'Some could argue these should not detract from the film' is not the critic's verdict", () => {
    expect(judged(read("Some could argue these should not detract from the film itself, and that it should be judged by its own merits."))).toEqual([]);
  });

  it("the critic's own 'I would argue' is", () => {
    expect(judged(read("I would argue it is a masterpiece."))).toEqual(["overall:POSITIVE"]);
  });
});

describe("a war film's violence in the critic's words (A1)", () => {
  it("'vicious', 'carnage', 'horrors' describe a war film, 'unrelenting' praises it", () => {
    const text =
      "The Salt Road is a war film that goes full bore in showing the horrors of war. " +
      "It is vicious from the first scene, and the carnage in the battle scenes is unrelenting. " +
      "As war films go, it is a real winner.";
    const result = read(text);
    expect(result.sentiment).toBeGreaterThan(0);
    expect(judged(result)).toContain("overall:POSITIVE");
  });
});
