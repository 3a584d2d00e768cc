import { splitSentences } from "../../../src/ingest/analysis/sentences";
import { analyze, judged, linked, SALT_ROAD } from "./film";
import type { FilmFacts } from "../../../src/graph/catalog-writes";

// Found on private sets of real critics' reviews (realAI, realAJ, 2.150.0, docs/analysis.md). The sentences are invented.
const themesOf = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

describe("'nature' in an idiom is no theme of nature", () => {
  it.each(["It is a film about the all-consuming nature of rivalry.", "The story is episodic in nature."])("%s", (text) => {
    expect(themesOf(text)).not.toContain("nature");
  });

  it("the natural world is still nature", () => {
    expect(themesOf("It is a film about man against nature.")).toContain("nature");
  });
});

describe("'surprisingly' says what was expected, not how good", () => {
  it.each([
    ["Calloway's film has a surprisingly bland script.", "screenplay:NEGATIVE"],
    ["It is surprisingly dull.", "overall:NEGATIVE"],
    ["It has a surprisingly good script.", "screenplay:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([expected]);
  });
});

describe("what the film or a person loves to do is a habit, not a liking", () => {
  it("the film loves to tell", () => {
    const result = analyze("The film loves to tell us things, but never quite explains any in a satisfactory way.", SALT_ROAD);
    expect(judged(result)).not.toContain("overall:POSITIVE");
    expect(result.sentiment).toBeLessThan(0);
  });

  it.each(["I love to see a film like this.", "I loved it."])("the critic's liking still counts: %s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual(["overall:POSITIVE"]);
  });
});

describe("critics' words of fault", () => {
  it.each([
    ["The score blares through the speakers.", "music:NEGATIVE"],
    ["The script is where the cracks begin to show.", "screenplay:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([expected]);
  });
});

describe("'cuts loose' is no cut", () => {
  it("an idiom of 'cut'", () => {
    expect(judged(analyze("At one point, Brey cuts loose with a scream.", SALT_ROAD))).not.toContain("editing:NEGATIVE");
  });

  it("the cuts are still the editing", () => {
    expect(judged(analyze("The cuts are abrupt.", SALT_ROAD))).toEqual(["editing:NEGATIVE"]);
  });
});

describe("'vs.' does not end a sentence", () => {
  it("Venn vs. Venn", () => {
    expect(splitSentences("It sets up a big Dario Venn vs. Dario Venn showdown. Then it ends.").map((s) => s.text)).toEqual([
      "It sets up a big Dario Venn vs. Dario Venn showdown.",
      "Then it ends.",
    ]);
  });
});

describe("titles of a crew member's other work in brackets name no one", () => {
  const film: FilmFacts = { ...SALT_ROAD, cast: [...(SALT_ROAD.cast ?? []), { person: "Andy Marsh", character: "Himself" }] };

  it("a first name inside a title is no person", () => {
    expect(linked(analyze("Directed by Ines Calloway (Collapse, Jim and Andy: The Great Beyond), the film recounts the festival.", film))).toEqual(["Person:ines-calloway"]);
  });

  it.each([
    ["Written by Ines Calloway (with Dario Venn), the film is great.", "Person:dario-venn"],
    ["Amos (Venn) is superb.", "Person:dario-venn"],
  ])("a person in brackets is still linked: %s", (text, expected) => {
    expect(linked(analyze(text, film))).toContain(expected);
  });
});

describe("what a viewer goes into is the film, not its title character", () => {
  const film: FilmFacts = { title: "Amos", year: 2024, directors: ["Ines Calloway"], writers: [], cast: [{ person: "Dario Venn", character: "Amos" }] };

  it("go into", () => {
    expect(linked(analyze("But if you go into Amos expecting Venn to be a hero, you will be disappointed.", film))).toEqual(["Person:dario-venn"]);
  });

  it("the character still acts", () => {
    expect(linked(analyze("Amos lives in the walls of a station.", film))).toEqual(["Role:amos-2024/amos"]);
  });
});
