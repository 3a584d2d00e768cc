import { splitSentences } from "../../../src/ingest/analysis/sentences";

// Where a review's sentences end decides which sentence is a judgement's evidence. Invented wording.
const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("sentence ends", () => {
  it("reads a word wink takes for an abbreviation ('ill.', 'miss.', 'wash.') as the word and its stop at a sentence's end", () => {
    const sentences = splitSentences("He fell ill. Give it a miss. She does the wash.");
    expect(sentences.map((s) => s.text)).toEqual(["He fell ill.", "Give it a miss.", "She does the wash."]);
    expect(sentences.map((s) => s.tokens.map((t) => t.lemma))).toEqual([
      ["he", "fall", "ill", "."],
      ["give", "it", "a", "miss", "."],
      ["she", "do", "the", "wash", "."],
    ]);
    // Offsets stay those of the text as typed.
    const [first] = sentences;
    expect(first!.tokens.map((t) => "He fell ill.".slice(t.start, t.end))).toEqual(["He", "fell", "ill", "."]);
  });

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
