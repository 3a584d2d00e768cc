import { analyze, judged, SALT_ROAD } from "./film";

// Found reading a ninth set of real critics' reviews (2.198.0, docs/analysis.md): faults a film turns
// over, cautions for the young, a good film hidden somewhere in a bad one, clauses after "that", a
// performer's trade before a director's name, credits in a "who plays" clause, and theme words of a
// group's life, of a kind of film, or in another sense. The sentences here are invented.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));
const sentimentOf = (text: string) => analyze(text, SALT_ROAD).sentiment ?? 0;
const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

describe("a fault the film turns over is avoided", () => {
  it.each(["The film subverts the usual clichés.", "It cheerfully upends every stereotype of the genre.", "Calloway keeps defying the clichés of the road movie."])("%s", (text) => {
    expect(sentimentOf(text)).toBeGreaterThan(0);
    expect(judgedIn(text).filter((j) => j.endsWith("NEGATIVE"))).toEqual([]);
  });

  it("a fault the film keeps is still a fault", () => {
    expect(sentimentOf("The film leans on the usual clichés.")).toBeLessThan(0);
  });
});

describe("a quality too much for the young is a caution, not a verdict", () => {
  it.each(["It is a little too scary for very young children.", "The film may be too intense for small kids.", "Some scenes are too gory for the squeamish."])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });

  it.each([
    ["It is too long for its own good.", "pacing:NEGATIVE"],
    ["It is too slow for most viewers.", "pacing:NEGATIVE"],
  ])("an excess for everyone stays a fault: %s", (text, expected) => {
    expect(judgedIn(text)).toContain(expected);
  });
});

describe("a good film hidden somewhere in this one", () => {
  it("is no praise of the whole", () => {
    const text = "There is a fine thriller here somewhere under all the bluster.";
    expect(judgedIn(text)).not.toContain("overall:POSITIVE");
    expect(sentimentOf(text)).toBeLessThan(0);
  });
});

describe("a clause after 'that' has its own subject", () => {
  it.each([
    ["I think that most characters are flat.", "characterization:NEGATIVE"],
    ["It doesn't help that the villains feel stock.", "characterization:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toContain(expected);
  });

  it("an adjective of certainty framing the clause judges nothing", () => {
    expect(judgedIn("It's clear that the script is a mess.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("words that judge nothing where they stand", () => {
  it("a wish opening a clause praises nothing", () => {
    const judgements = judgedIn("Hopefully Calloway learns from this misfire.");
    expect(judgements).toContain("direction:NEGATIVE");
    expect(judgements.filter((j) => j.endsWith("POSITIVE"))).toEqual([]);
  });

  it("people treated as individuals is no slight", () => {
    expect(sentimentOf("The villagers are treated as individuals, and the portrait is all the richer for it.")).toBeGreaterThan(0);
  });

  it("people treated as objects still is", () => {
    expect(sentimentOf("The villagers are treated as props.")).toBeLessThan(0);
  });

  it("what is no longer a surprise judges nothing", () => {
    expect(judgedIn("It is no longer a surprise that the town closes ranks around them.")).toEqual([]);
  });
});

describe("critics' phrases", () => {
  it.each([
    ["For most of its running time, the film doesn't seem to know what it wants to be.", "overall:NEGATIVE"],
    ["Calloway's script deftly balances humour and heartbreak.", "screenplay:POSITIVE"],
    ["Venn turns up for two scenes and isn't put to good use.", "characterization:NEGATIVE"],
    ["Amos gets no back story at all.", "characterization:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toContain(expected);
  });

  it("a shot in the arm is praise", () => {
    expect(sentimentOf("The tired heist genre gets a shot in the arm here.")).toBeGreaterThan(0);
  });

  it("a missing back story is the characters', not the whole film's fault", () => {
    expect(judgedIn("Amos gets no back story at all.")).not.toContain("overall:NEGATIVE");
  });
});

describe("who a name is, not how they act", () => {
  it("a performer's trade before the director's name names no acting", () => {
    const judgements = judgedIn("Behind the camera, actress Ines Calloway is a revelation.");
    expect(judgements).toContain("direction:POSITIVE");
    expect(judgements.filter((j) => j.includes("performance"))).toEqual([]);
  });

  it("a performer's trade before a cast member's name still does", () => {
    expect(judgedIn("Actress Lotte Brey is superb.")).toContain("performance:POSITIVE");
  });

  it("a 'who plays' clause credits a part and judges nothing", () => {
    expect(judgedIn("Amos (Dario Venn, who plays a cop on a long-running series) and his sister struggle to pay the rent.")).toEqual([]);
  });

  it("the actor judged in the same sentence still is", () => {
    expect(judgedIn("Dario Venn, who plays Amos, is wonderful.")).toContain("performance:POSITIVE");
  });
});

describe("theme words of a group's life, of a kind of film, and in another sense", () => {
  it.each(["The film follows poor villagers who lose their land to the bank.", "The film follows poor townsfolk who lose their farms."])("an adjective of how a group lives: %s", (text) => {
    expect(themesIn(text)).toContain("poverty");
  });

  it.each(["Poor Amos never gets a break.", "It is a poor script."])("a pitied person or a poor thing is no poverty: %s", (text) => {
    expect(themesIn(text)).not.toContain("poverty");
  });

  it("the kind of film the words make is its theme, judged or not", () => {
    expect(themesIn("The coming-of-age road movie is beautifully directed by Calloway.")).toContain("coming-of-age");
  });

  it.each([
    ["The sober Amos is a delight.", "recovery"],
    ["Amos has a charming naïveté.", "childhood"],
    ["Hanne is a hedonistic party girl.", "temptation"],
  ])("an adjective or noun of temperament is no theme: %s", (text, theme) => {
    expect(themesIn(text)).not.toContain(theme);
  });
});

// 2.199.0: a theme word listed beside another, friendship made, clauses with no "that", impersonations.
describe("a word that needs a frame, listed beside a theme that does not", () => {
  it.each(["The war scenes are bursts of violence and fear.", "The soldiers face violence and fear daily."])("%s", (text) => {
    expect(themesIn(text)).toEqual(expect.arrayContaining(["violence", "fear"]));
  });

  it("alone it still needs its frame", () => {
    expect(themesIn("He has a fear of heights.")).not.toContain("fear");
  });
});

describe("friendship made", () => {
  it.each(["Over one summer Hanne and the lodger become unlikely friends.", "At the new school Amos struggles to make friends."])("%s", (text) => {
    expect(themesIn(text)).toContain("friendship");
  });
});

describe("a clause with no 'that' after a verb of meaning or of the critic's view", () => {
  it.each([
    ["I think it's a mess.", "overall:NEGATIVE"],
    ["I honestly think it is a triumph.", "overall:POSITIVE"],
    ["All of which means it's a mess.", "overall:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toContain(expected);
  });

  it("a character's view is the story", () => {
    expect(judgedIn("Amos thinks it's a trap.")).toEqual([]);
  });
});

describe("an impersonation is acting", () => {
  it.each(["His impersonation of the senator is superb.", "The impersonations are superb."])("%s", (text) => {
    expect(judgedIn(text)).toContain("performance:POSITIVE");
  });
});

// 2.200.0: a part that leaves its actor idle, and a handsome blank.
describe("a part that leaves its actor idle is a fault however the acting is praised", () => {
  it.each([
    ["Lotte Brey dances beautifully and is given nothing to act.", "characterization:NEGATIVE"],
    ["Venn is lovely but is given nothing to do.", "characterization:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toContain(expected);
    expect(judgedIn(text)).not.toContain("characterization:POSITIVE");
  });

  it("a part put to good use is praise", () => {
    expect(judgedIn("The film puts Venn to good use.")).toContain("characterization:POSITIVE");
  });
});

describe("a blank is no performance", () => {
  it.each(["Lotte Brey is a handsome blank.", "Dario Venn, as the grown-up Amos, is a blank."])("%s", (text) => {
    expect(judgedIn(text)).toContain("performance:NEGATIVE");
  });
});
