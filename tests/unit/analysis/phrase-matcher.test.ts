import { PhraseMatcher } from "../../../src/ingest/analysis/phrase-matcher";
import { tokenize } from "../../../src/ingest/analysis/tokens";

// The matcher's answers are read by every rule of the analysis in the order it gives them (the
// first idiom at a token wins, a later phrase overrides an earlier one): its index (by first, then
// second word) must keep that order exactly.
const words = (text: string) => tokenize(text).tokens.filter((t) => t.pos !== "SPACE");

function matcherOf(phrases: [string, string][]): PhraseMatcher<string> {
  const matcher = new PhraseMatcher<string>();
  for (const [phrase, value] of phrases) matcher.add(phrase, value);
  return matcher;
}

it("finds a phrase in its base form in every inflection, an inflected one only as written", () => {
  const matcher = matcherOf([
    ["lose his hearing", "deafness"],
    ["acting", "acting"],
  ]);
  expect(matcher.find(words("Ruben lost his hearing.")).map((m) => [m.value, m.first, m.last])).toEqual([["deafness", 1, 3]]);
  expect(matcher.find(words("She loses her hearing in the third act."))).toHaveLength(1);
  expect(matcher.find(words("The third act drags."))).toEqual([]);
});

it("gives the matches at one token in the order the phrases were added, whatever their second word", () => {
  const matcher = matcherOf([
    ["the sea", "first"],
    ["the", "second"],
    ["the sea change", "third"],
    ["the sound", "fourth"],
  ]);
  expect(matcher.find(words("After the sea change, silence.")).map((m) => [m.value, m.first, m.last])).toEqual([
    ["first", 1, 2],
    ["second", 1, 1],
    ["third", 1, 3],
  ]);
});

it("gives the phrases indexed by a token's lemma before those indexed by its form as written", () => {
  const matcher = matcherOf([
    ["lost", "as written"],
    ["lose", "base form"],
    ["lost cause", "as written, two words"],
    ["lose hope", "base form, two words"],
  ]);
  expect(matcher.find(words("They lost hope.")).map((m) => m.value)).toEqual(["base form", "base form, two words", "as written"]);
  expect(matcher.find(words("He lost cause and reason.")).map((m) => m.value)).toEqual(["base form", "as written", "as written, two words"]);
});

it("reads a typographic apostrophe as a plain one, in phrases and in the text", () => {
  const matcher = matcherOf([["can't stop", "idiom"]]);
  expect(matcher.find(words("I can’t stop watching it.")).map((m) => m.value)).toEqual(["idiom"]);
  expect(matcher.find(words("I can't stop watching it.")).map((m) => m.value)).toEqual(["idiom"]);
});

// A sentence's words are looked up once (their numbers and which matchers' phrases they open or
// continue are kept per token list), and a matcher keeps its last answer: a phrase added after a
// sentence was read must still be found in it.
it("finds in a sentence already searched the phrases added since, by the same matcher or a new one", () => {
  const sentence = words("The zorblax quintessence lingers in the grumbleweed.");
  const first = matcherOf([["linger", "first"]]);
  expect(first.find(sentence).map((m) => m.value)).toEqual(["first"]);
  // Words no phrase had when the sentence was read.
  const later = matcherOf([["zorblax quintessence", "new words"]]);
  expect(later.find(sentence).map((m) => [m.value, m.first, m.last])).toEqual([["new words", 1, 2]]);
  // Words other phrases have, opening and continuing a phrase of this matcher only now.
  const known = matcherOf([["in the", "known words"]]);
  expect(known.find(sentence).map((m) => [m.value, m.first, m.last])).toEqual([["known words", 4, 5]]);
  first.add("grumbleweed", "added later");
  expect(first.find(sentence).map((m) => m.value)).toEqual(["first", "added later"]);
});

it("finds a matcher's phrases whatever number of matchers were made before it", () => {
  // Matchers past the bit masks' width look every token up: the same answers.
  const many = Array.from({ length: 40 }, (_, k) => matcherOf([[`lose hope`, `matcher ${k}`]]));
  const sentence = words("They lost hope.");
  for (const [k, matcher] of many.entries()) expect(matcher.find(sentence).map((m) => m.value)).toEqual([`matcher ${k}`]);
});

describe("a phrase and its spelling as a compound", () => {
  const spans = (matcher: PhraseMatcher<string>, text: string) => matcher.find(words(text)).map((m) => [m.value, m.first, m.last]);

  it("finds a phrase written with spaces where the text hyphenates it, and the reverse", () => {
    const matcher = matcherOf([
      ["plot holes", "screenplay"],
      ["coming-of-age", "coming of age"],
    ]);
    expect(spans(matcher, "Gaping plot-holes abound.")).toEqual([["screenplay", 1, 3]]);
    expect(spans(matcher, "A coming of age story.")).toEqual([["coming of age", 1, 3]]);
  });

  it("matches once where both spellings were added, and keeps a phrase added twice as written", () => {
    const matcher = matcherOf([
      ["coming of age", "first"],
      ["coming-of-age", "second"],
      ["set piece", "third"],
      ["set piece", "fourth"],
    ]);
    expect(spans(matcher, "A coming-of-age story.")).toEqual([["second", 1, 5]]);
    expect(spans(matcher, "A coming of age story.")).toEqual([["first", 1, 3]]);
    expect(spans(matcher, "The set-piece works.").map(([value]) => value)).toEqual(["third", "fourth"]);
  });

  it("leaves a verb's particle, an auxiliary and a repeated word as written: another word", () => {
    const matcher = matcherOf([
      ["set-up", "screenplay"],
      ["has-been", "fading star"],
      ["so-so", "middling"],
    ]);
    expect(spans(matcher, "They set up camp.")).toEqual([]);
    expect(spans(matcher, "She has been there.")).toEqual([]);
    expect(spans(matcher, "It is so so good.")).toEqual([]);
    expect(spans(matcher, "The set-up is clever.")).toEqual([["screenplay", 1, 3]]);
  });
});
