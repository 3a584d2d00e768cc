import { matchFragment, queryTerms } from "../../src/graphql/search-fragment";

describe("queryTerms", () => {
  it("keeps the words of a Lucene query and drops its syntax", () => {
    expect(queryTerms('"deaf drummer" AND metal~ title:Sound^2 drum* NOT jazz')).toEqual([
      "deaf",
      "drummer",
      "metal",
      "sound",
      "drum",
      "jazz",
    ]);
  });

  it("folds case and accents", () => {
    expect(queryTerms("Amélie")).toEqual(["amelie"]);
  });

  it("has no terms for syntax alone", () => {
    expect(queryTerms("* AND ~")).toEqual([]);
  });
});

describe("matchFragment", () => {
  const long =
    "The first act is slow and careful, built on small domestic scenes in a cramped camper van. " +
    "Then Ruben, a heavy-metal drummer, starts to lose his hearing, and the film changes key entirely. " +
    "What follows is a patient study of a deaf community and of a man who cannot accept stillness.";

  it("answers a short text whole", () => {
    expect(matchFragment("Sound of Metal", "metal")).toBe("Sound of Metal");
  });

  it("cuts a window around the first term, with ellipses where text was left out", () => {
    const fragment = matchFragment(long, "drummer", 80);
    expect(fragment).toContain("drummer");
    expect(fragment.startsWith("…")).toBe(true);
    expect(fragment.endsWith("…")).toBe(true);
    expect(fragment.length).toBeLessThanOrEqual(82);
  });

  it("picks the term that occurs first in the text", () => {
    expect(matchFragment(long, "community drummer", 60)).toContain("drummer");
  });

  it("matches a prefix query and ignores case and accents", () => {
    expect(matchFragment(long, "DRUM*", 60)).toContain("drummer");
    expect(matchFragment(`${long} Café society.`, "cafe", 40)).toContain("Café");
  });

  it("matches at word starts only", () => {
    const text = `${"x ".repeat(60)}the dreamer dreams of a ream of paper`;
    expect(matchFragment(text, "ream", 30)).toContain("ream of paper");
  });

  it("falls back to the beginning when no term is visible (fuzzy match)", () => {
    const fragment = matchFragment(long, "drumer~", 50);
    expect(fragment.startsWith("The first act")).toBe(true);
    expect(fragment.endsWith("…")).toBe(true);
  });

  it("does not cut words in half", () => {
    const fragment = matchFragment(long, "hearing", 70);
    const inner = fragment.replace(/^…|…$/g, "");
    expect(long).toContain(inner);
    const at = long.indexOf(inner);
    expect(at === 0 || long[at - 1] === " ").toBe(true);
    const after = long[at + inner.length];
    expect(after === undefined || after === " ").toBe(true);
  });
});

describe("matchFragment on Unicode (issue 9, item 6)", () => {
  const pad = "Words before the match that fill the window well enough to need a cut somewhere. ";

  it("finds a folded term after emoji and letters that fold longer, and cuts around it", () => {
    const text = `${"🌞".repeat(40)} ${pad}${pad}Die Straße is the street where Amélie lives. ${pad}${pad}`;
    const fragment = matchFragment(text, "amelie", 60);
    expect(fragment).toContain("Amélie");
    const strasse = matchFragment(text, "strasse", 60);
    expect(strasse).toContain("Straße");
  });

  it("never cuts inside a surrogate pair or between a letter and its mark", () => {
    const text = `${"🌞".repeat(100)} target ${"e\u0301".repeat(100)}`;
    for (const width of [17, 18, 19, 40, 41]) {
      const fragment = matchFragment(text, "target", width);
      expect(fragment).toContain("target");
      expect(Buffer.from(fragment, "utf8").toString("utf8")).toBe(fragment);
      expect(fragment).not.toMatch(/(^|…)\u0301/);
    }
  });

  it("folds query terms as keys are: marks dropped from Arabic, letters that do not decompose folded", () => {
    expect(queryTerms("سَلْمَى Łódź Straße")).toEqual(["سلمى", "lodz", "strasse"]);
  });
});
