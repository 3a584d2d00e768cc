import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { splitSentences } from "../../../src/ingest/analysis/sentences";
import { analyze, linked, SALT_ROAD } from "./film";

// Found on private sets of real critics' reviews (realAL, realAM, 2.160.0, docs/analysis.md). Invented films and wording.

// A documentary named after its subject, as "Senna" or "Amy" is.
const LUND: FilmFacts = {
  title: "Lund",
  year: 2019,
  directors: ["Ines Moreau"],
  cast: [
    { person: "Oskar Lund", character: "Himself" },
    { person: "Pia Haller", character: "Herself" },
  ],
};

describe("a possessive that closes the sentence", () => {
  it("links the name before it", () => {
    expect(linked(analyze("It is in the editing where the film is truly Moreau's.", LUND))).toEqual(["Person:ines-moreau"]);
  });
});

describe("a documentary's title word that names its subject", () => {
  it.each([
    ["The Haller/Lund rivalry is the engine of this film.", "Person:oskar-lund"],
    ["Haller and Lund were bitter enemies.", "Person:oskar-lund"],
    ["It focuses on Lund's days racing in Italy.", "Person:oskar-lund"],
    ["The film takes care not to martyr Lund.", "Person:oskar-lund"],
  ])("%s", (text, target) => {
    expect(linked(analyze(text, LUND))).toContain(target);
  });

  it("the title said of the film stays the film", () => {
    expect(linked(analyze("Lund is a great documentary.", LUND))).toEqual([]);
  });
});

describe("a quotation and its speaker are one sentence", () => {
  it.each([
    ["“We didn’t last one week out here!” Hanne explodes when the ferry leaves.", 1],
    ["“Stop!” Dario Venn shouts at her.", 1],
    ["He called it “a mess.” Critics agreed.", 2],
    ["“Is it over?” Nobody knows.", 2],
  ])("%s", (text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });

  it("the speaker is linked in the quotation's sentence", () => {
    const result = analyze("“We didn’t last one week out here!” Hanne explodes when the ferry leaves.", SALT_ROAD);
    expect(result.mentions.map((m) => m.evidence)).toEqual(["“We didn’t last one week out here!” Hanne explodes when the ferry leaves."]);
  });
});
