import { analyze, judged, SALT_ROAD } from "./film";

const judgedOf = (text: string) => judged(analyze(text, SALT_ROAD));
const sentimentOf = (text: string) => analyze(text, SALT_ROAD).sentiment;

// Found on private sets of real critics' reviews (realX, realY, 2.117.0, docs/analysis.md): a
// fault conceded on a condition without a comma read as a verdict against the film, a dispelled
// doubt as criticism, "the laughs are few" as praise of the humour and humour in the way a part
// is played as the film's humour. The sentences here are invented.
describe("a fault conceded on a condition is that part's fault, not the film's", () => {
  it.each([
    ["If there is a fault to this fine film it's the ending.", ["screenplay:NEGATIVE"]],
    ["If there's one weakness in The Salt Road, it is the ending.", ["screenplay:NEGATIVE"]],
    ["If there is a flaw, it's that the film runs long.", ["pacing:NEGATIVE"]],
  ])("%s", (text, expected) => {
    expect(judgedOf(text)).toEqual(expected);
  });
});

describe("a doubt dispelled praises what was doubted", () => {
  it.each([
    ["If there was apprehension over the casting of Venn, it was unfounded.", ["performance:POSITIVE"]],
    ["Any fears that the film would be a mess were quickly dispelled.", ["overall:POSITIVE"]],
    ["My reservations about Brey's performance evaporated within minutes.", ["performance:POSITIVE"]],
    ["Concerns about the pacing were put to rest by the second act.", ["pacing:POSITIVE"]],
  ])("%s", (text, expected) => {
    expect(judgedOf(text)).toEqual(expected);
  });

  it("a doubt said not to be unfounded stands", () => {
    expect(judgedOf("Sadly, my worries about the script were not unfounded.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it.each(["Amos's doubts disappear when Hanne arrives.", "Hanne's fears are allayed by a letter from her brother."])("a character's doubts are the story, not praise: %s", (text) => {
    expect(sentimentOf(text)).toBeLessThanOrEqual(0);
  });
});

describe("a good the film has too little of is its fault", () => {
  it.each(["The laughs are few and far between.", "There are few laughs.", "There are precious few laughs in The Salt Road.", "Laughs are in short supply."])("%s", (text) => {
    expect(judgedOf(text)).toEqual(["humour:NEGATIVE"]);
  });

  it.each(["The film has a few good laughs.", "Quite a few jokes land."])("some is not too few: %s", (text) => {
    expect(judgedOf(text)).toEqual(["humour:POSITIVE"]);
  });
});

describe("humour in the way a part is played judges the performance", () => {
  it.each([
    ["Venn plays Amos with self-deprecating wit.", ["performance:POSITIVE"]],
    ["Brey delivers every line with bone-dry humour, and the film is a delight.", ["performance:POSITIVE", "overall:POSITIVE"]],
  ])("%s", (text, expected) => {
    expect(judgedOf(text)).toEqual(expected);
  });

  it("humour not in a way of playing stays the film's", () => {
    expect(judgedOf("Venn plays Amos, and the script's wit is everywhere.")).toEqual(["humour:POSITIVE"]);
  });
});
