import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, linked, SALT_ROAD } from "./film";

// Found on a private set of real critics' reviews (realAI, 2.151.0, docs/analysis.md). The sentences are invented.
describe("a quality the film does not aim at is neither praise nor fault", () => {
  it.each([
    "Like most of Calloway's films, this one isn’t out to pummel you with gags or dazzle you with rapid-fire pacing.",
    "The film doesn't try to dazzle you.",
    "It isn't trying to be clever.",
    "It doesn't set out to dazzle.",
  ])("%s", (text) => {
    const result = analyze(text, SALT_ROAD);
    expect(judged(result)).toEqual([]);
    expect(result.sentiment).toBeGreaterThan(-0.5);
  });

  it("'doesn't even try' is still a fault", () => {
    expect(analyze("It doesn't even try to be funny.", SALT_ROAD).sentiment).toBeLessThan(0);
  });

  it("what it is out to do, it does", () => {
    expect(judged(analyze("It is out to dazzle.", SALT_ROAD))).toEqual(["overall:POSITIVE"]);
  });

  it("'rapid-fire' is no fault", () => {
    expect(judged(analyze("The rapid-fire dialogue is a joy.", SALT_ROAD))).toEqual(["screenplay:POSITIVE"]);
  });
});

describe("a nickname in quotes inside a name", () => {
  const film: FilmFacts = { ...SALT_ROAD, cast: [...(SALT_ROAD.cast ?? []), { person: "Ja Rule", character: "Himself" }] };

  it.each(["He calls his partner Jeffrey “Ja Rule” Atkins.", 'Jeffrey "Ja Rule" Atkins appears.'])("is the person the film credits by it: %s", (text) => {
    expect(linked(analyze(text, film))).toEqual(["Person:ja-rule"]);
  });

  it("a full name around it that the film credits stands", () => {
    expect(linked(analyze('Ines "Dario Venn" Calloway is here.', film))).toEqual(["Person:ines-calloway"]);
  });
});
