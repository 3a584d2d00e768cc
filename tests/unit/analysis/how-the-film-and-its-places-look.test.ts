import { analyze, judged, SALT_ROAD } from "./film";

// Found while reading realV/realX failures (2.114.0, docs/analysis.md): "The film looks gorgeous"
// judged the cinematography but "The Salt Road looks gorgeous" judged the whole film, because a
// title of several words was not one subject; and how the film's places look ("Vienna at night has
// rarely looked so romantic") judged nothing. The sentences are invented.
describe("a title of several words is one subject", () => {
  it.each([
    ["The Salt Road looks gorgeous.", ["cinematography:POSITIVE"]],
    ["The Salt Road looks cheap.", ["cinematography:NEGATIVE"]],
    ["The Salt Road works.", ["overall:POSITIVE"]],
    ["The Salt Road falls flat.", ["overall:NEGATIVE"]],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual(expected);
  });
});

describe("how the film's places look is its cinematography", () => {
  it.each([
    ["The desert looks ravishing.", "cinematography:POSITIVE"],
    ["The mountains have rarely looked so beautiful.", "cinematography:POSITIVE"],
    ["The streets look drab.", "cinematography:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judged(analyze(text, SALT_ROAD))).toContain(expected);
  });

  it.each(["The town looks peaceful until the killings start.", "The city looks like a war zone."])("how things stand in the story judges nothing: %s", (text) => {
    expect(judged(analyze(text, SALT_ROAD))).toEqual([]);
  });
});
