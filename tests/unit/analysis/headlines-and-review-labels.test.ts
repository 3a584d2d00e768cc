import { isTitleCaseHeadline, retagHeadline } from "../../../src/ingest/analysis/headline-case";
import { splitSentences } from "../../../src/ingest/analysis/sentences";
import { analyze, judged, linked, SALT_ROAD } from "./film";

// Found on a private set of small blind cases of issue 10's kinds (written and annotated by helpers
// who had not read the rules, 2.108.0, docs/analysis.md); the sentences here are invented.

describe("a Title-Case headline is read as running text (M2)", () => {
  it.each([
    ["Lotte Brey Brings Real Warmth To A Voyage That Never Finds Its Course", "performance:POSITIVE"],
    ["Dario Venn Returns For A Sequel Whose Jokes Have Gone Stale", "humour:NEGATIVE"],
    ["The Salt Road Review: A Sombre, Gorgeous Journey To The Edge Of The Map", "overall:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });

  it("the credited names keep their capitals and stay proper nouns", () => {
    const [sentence] = splitSentences("Lotte Brey Brings Real Warmth To A Voyage", ["Lotte Brey", "The Salt Road"]);
    const tags = sentence!.tokens.map((t) => `${t.text}/${t.pos}`);
    expect(tags).toEqual(["Lotte/PROPN", "Brey/PROPN", "Brings/VERB", "Real/ADJ", "Warmth/NOUN", "To/ADP", "A/DET", "Voyage/NOUN"]);
    expect(linked(analyze("Lotte Brey Brings Real Warmth To A Voyage That Never Finds Its Course", SALT_ROAD))).toEqual(["Person:lotte-brey"]);
  });

  it("a name before a possessive stays a name, whatever its ending", () => {
    const [sentence] = splitSentences("Venn Carries Anna Ebling's Grim Epic On His Shoulders", []);
    expect(sentence!.tokens.find((t) => t.text === "Ebling")!.pos).toBe("PROPN");
  });

  it.each([
    ["Lotte Brey and Dario Venn star in Calloway's film.", false],
    ["Review: Brey Is Superb", true],
    ["The Toronto International Film Festival", false],
    ["Toronto International Film Festival Winners", false],
  ])("'%s' is a headline: %s", (text, expected) => {
    expect(isTitleCaseHeadline(splitSentences(text)[0]!.tokens)).toBe(expected);
  });

  it("a reading that does not line up leaves the words as they were", () => {
    const words = splitSentences("Brey Is Superb In A Voyage")[0]!.tokens;
    expect(retagHeadline(words, "x".repeat(words.at(-1)!.end), new Set())).toEqual(words);
  });
});

describe("a verbless verdict after a review's label (A3)", () => {
  it.each([
    ["The Salt Road review: a sombre, gorgeous journey to the edge of the map.", "overall:POSITIVE"],
    ["The Salt Road review: an exhausting slog across the flats.", "overall:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([expected]);
  });

  it("a label before a sentence with a verb is not a fragment", () => {
    expect(judged(analyze("Review: Amos and Hanne go to sea.", SALT_ROAD))).toEqual([]);
  });
});

describe("a relative clause with 'whose' has its own subject (A9)", () => {
  it("'Venn returns for a sequel whose jokes have gone stale': the jokes, not his acting", () => {
    const found = judged(analyze("Dario Venn returns for a sequel whose jokes have gone stale.", SALT_ROAD));
    expect(found).toContain("humour:NEGATIVE");
    expect(found).not.toContain("performance:NEGATIVE");
  });
});

describe("a part described after its title and name (A1)", () => {
  it.each([
    "Dario Venn stars as ferryman Amos, left for dead on the salt flats after his crew mutinies.",
    "Dario Venn plays ferryman Amos, abandoned by his crew and hunted by the tax men.",
  ])("%s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([]);
  });
});

describe("a critics' idiom names no other work (A6)", () => {
  it("'Brey has the role of her career': her acting, not another work of hers", () => {
    expect(judged(analyze("Lotte Brey has the role of her career.", SALT_ROAD))).toEqual(["performance:POSITIVE"]);
  });

  it("'Her last film was a slog' is still another work's", () => {
    expect(judged(analyze("Her last film was a slog.", SALT_ROAD))).toEqual([]);
  });
});
