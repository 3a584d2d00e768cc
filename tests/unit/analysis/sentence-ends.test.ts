import { splitSentences } from "../../../src/ingest/analysis/sentences";

// Where a review's sentences end decides which sentence is a judgement's evidence. Invented wording.
const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("sentence ends", () => {
  it("opens a sentence at a capital after an ellipsis", () => {
    expect(texts("The only problem may be the fish served at dinner… Contains some funny bits. Enjoy.")).toEqual([
      "The only problem may be the fish served at dinner…",
      "Contains some funny bits.",
      "Enjoy.",
    ]);
  });

  it("goes on after an ellipsis before a lowercase word", () => {
    expect(texts("It was... well, fine. Wait... what?")).toEqual(["It was... well, fine.", "Wait... what?"]);
  });

  it("goes on after an abbreviation's stop inside brackets when a lowercase word follows, after a dash too", () => {
    expect(texts("A shrewd cultural evening (1984, 158 min.)—it binds up history with a pulp plot—gets a dull treatment. Next.")).toEqual([
      "A shrewd cultural evening (1984, 158 min.)—it binds up history with a pulp plot—gets a dull treatment.",
      "Next.",
    ]);
  });

  it("goes on after an abbreviation's stop when a number or a lowercase word follows", () => {
    expect(texts("Night Train: Vol. 2's finale is loud. It came from Warner Bros. in 2004. See Fig. 3 for more.")).toEqual([
      "Night Train: Vol. 2's finale is loud.",
      "It came from Warner Bros. in 2004.",
      "See Fig. 3 for more.",
    ]);
  });

  it("ends a sentence at a word that is an abbreviation only when capitalized", () => {
    expect(texts("He had one more ep. 2 days later he quit.")).toEqual(["He had one more ep.", "2 days later he quit."]);
  });

  it("ends a sentence in brackets before a capital", () => {
    expect(texts("We stayed. (It is long.) Then we left.")).toEqual(["We stayed.", "(It is long.)", "Then we left."]);
  });
});
