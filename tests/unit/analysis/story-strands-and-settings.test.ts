import { analyze, SALT_ROAD } from "./film";

// Found on the development set and private sets of real critics' reviews (2.157.0, docs/analysis.md). The sentences are invented.
const themesOf = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

describe("a strand of the plot judged as craft is still the story's subject", () => {
  it.each([
    "But the romance between Hanne and a ferry pilot is pure formula, and the direction is flat.",
    "Their romance never catches fire.",
    "You may shed a tear as the bittersweet romance reaches its end.",
    "It adds some welcome humour and small touches of romance.",
  ])("%s", (text) => {
    expect(themesOf(text)).toContain("romance");
  });

  it.each(["The film is a romance in the old style.", "This romance is too long by half."])("the kind of film is not its subject: %s", (text) => {
    expect(themesOf(text)).not.toContain("romance");
  });
});

describe("settings and subjects said in other words", () => {
  it.each([
    ["Hanne grows up in a planned community outside the port.", "suburbia"],
    ["Amos lives in a quiet suburb where nothing happens.", "suburbia"],
    ["Hanne meets the bigotry of the harbour town head on.", "race"],
    ["The film is a story about the end of adolescence.", "coming-of-age"],
  ])("%s", (text, theme) => {
    expect(themesOf(text)).toContain(theme);
  });
});

// 2.166.0 (realAO): an age that is no old age, and a joke that grows old.
describe("aging is old age, not any age", () => {
  it.each([
    "Brennan is a 40-year old man who still lives with his mother.",
    "They act like they are 4-years old and 3-years old.",
    "The joke is funny at first, but it grows old.",
  ])("%s", (text) => {
    expect(themesOf(text)).not.toContain("aging");
  });

  it.each(["Amos is 80 years old and still fishing.", "Amos is seventy-five years old.", "Amos grows old in the lighthouse."])("still aging: %s", (text) => {
    expect(themesOf(text)).toContain("aging");
  });
});
