import { analyze, judged, SALT_ROAD } from "./film";

// Found reading an eighth set of real critics' reviews (2.195.0, docs/analysis.md): the film judged
// where something happens in it, "one" standing for the film after a contrast, too little of a good,
// subjects of scant amount, and advice given to readers who seek what the film should be. The
// sentences here are invented.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));
const sentimentOf = (text: string) => analyze(text, SALT_ROAD).sentiment;

describe("the film named where something happens is judged by its own quality", () => {
  it.each([
    ["Venn is superb in a forgettable film.", ["overall:NEGATIVE", "performance:POSITIVE"]],
    ["Dario Venn is fine in a thoroughly forgettable farce.", ["overall:NEGATIVE", "performance:POSITIVE"]],
    ["Venn gives the best performance in this otherwise dreary comedy.", ["overall:NEGATIVE", "performance:POSITIVE"]],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each(["Venn plays a grieving widow in this quiet drama.", "Venn has a small role in a romantic comedy."])("a film word with no judging quality judges nothing: %s", (text) => {
    expect(judgedIn(text).filter((j) => j.startsWith("overall"))).toEqual([]);
  });
});

describe("'one' after a contrast stands for the film named before it", () => {
  it.each([
    ["It's a dull picture, but a rewarding one.", "overall:POSITIVE"],
    ["It's a deeply sad film, but one that is full of insight.", "overall:POSITIVE"],
    ["It's a lovely picture, but a dull one.", "overall:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });
});

describe("too little of a good is a fault", () => {
  it.each([
    ["The film offers little insight into his motives.", "overall:NEGATIVE"],
    ["The film offers little charm.", "overall:NEGATIVE"],
    ["The film has very little humour.", "humour:NEGATIVE"],
    ["The film offers precious little wit.", "humour:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });

  it("a phrase of the lexicon that opens with 'little' keeps its value", () => {
    expect(judgedIn("It is a costume drama with little regard for period details.")).toContain("production design:NEGATIVE");
  });

  it.each(["Hanne has a little charm.", "Hanne adopts little Amos and raises him as her own."])("'a little' and a small one are no scarcity: %s", (text) => {
    expect(sentimentOf(text)).toBeGreaterThan(-0.35);
  });
});

describe("a subject of scant amount denies what its clause says", () => {
  it.each([
    ["Not a lot in this film is any good.", "overall:NEGATIVE"],
    ["Little in the film works.", "overall:NEGATIVE"],
    ["Few of the jokes are funny.", "humour:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });

  it("a later clause of its own keeps its sense", () => {
    expect(judgedIn("Not a lot happens, but it is beautiful.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("advice to stay away given to readers who seek what the film should be is a verdict", () => {
  it.each([
    "If you want a proper western, skip this and rent an old one.",
    "If you want a good laugh, skip it.",
    "If you're in the mood for a thriller, avoid this one.",
  ])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["overall:NEGATIVE"]);
  });

  it.each(["If you hate musicals, skip it.", "If you don't want to be scared, skip it."])("advice to readers of one taste is still none: %s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });
});

describe("critics' wording the lexicons lacked", () => {
  it("'seen all this before' is a fault", () => {
    expect(sentimentOf("Anyone who knows the genre has seen all this before.")).toBeLessThan(-0.2);
  });

  it("something new to the table is praise", () => {
    expect(sentimentOf("It brings something new to the table.")).toBeGreaterThan(0.2);
  });

  it("a time bomb is no flop", () => {
    expect(judgedIn("This is a time bomb that goes off in your face and keeps ticking.")).not.toContain("overall:NEGATIVE");
  });
});

describe("themes: wording the taxonomy lacked and words in another sense", () => {
  const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

  it.each([
    ["The film is a celebration of Albanian culture, from its weddings to its feuds.", "cultural-identity"],
    ["The film celebrates the culture of the salt marsh villages.", "cultural-identity"],
    ["Amos is hunted across the marsh by his own younger clone.", "doubles"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });

  it.each([
    ["Slapstick is a beast to pull off without a good editor.", "monsters"],
    ["The sequel does a grave injustice to its island characters.", "justice"],
    ["Hanne shows off her pop-culture smarts at the quiz night.", "cultural-identity"],
    ["The corporate culture of the mill is brutal, and Amos wants out.", "cultural-identity"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).not.toContain(theme);
  });
});

describe("an intensifier that is a word of criticism elsewhere", () => {
  it.each(["There is an awful lot to look at in the harbour scenes.", "There is an awful lot of talking before the storm."])("%s", (text) => {
    expect(sentimentOf(text)).toBeGreaterThan(-0.35);
  });
});

describe("a likeness nobody matches praises the one named", () => {
  it.each(["Nobody plays a drifter like Dario Venn.", "No one plays a villain quite like Venn."])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["performance:POSITIVE"]);
  });

  it("a character nobody wants to be like is no praise", () => {
    expect(sentimentOf("Nobody wants to end up like Hanne.")).toBeLessThan(0.2);
  });
});

describe("what a film wastes of its cast, named by a noun, is the parts' fault", () => {
  it.each([
    ["It wastes a gifted cast.", ["characterization:NEGATIVE", "performance:POSITIVE"]],
    ["A waste of three fine actresses, it is a film with a dull plot.", ["characterization:NEGATIVE", "screenplay:NEGATIVE"]],
    ["The film wastes its talented stars on a thin script.", ["characterization:NEGATIVE"]],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual(expect.arrayContaining(expected));
  });

  it("a character who wastes her talent is the story", () => {
    expect(judgedIn("Hanne wastes her talent on the mill.")).toEqual([]);
  });
});

describe("a consolation grade rates no film", () => {
  it("an A for effort is not the film's grade", () => {
    const result = analyze("The cast earns an A for effort, and the film gets a C-", SALT_ROAD);
    expect(result.statedRating?.rating).toBe("C-");
  });
});

describe("the film's themes and messages judged are its depiction", () => {
  it.each([
    ["The film has some lovely themes about loyalty and forgiveness.", "depiction:POSITIVE"],
    ["The film carries subtle, humane messages about grief and belonging.", "depiction:POSITIVE"],
    ["The film's themes are muddled.", "depiction:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });

  it("a theme song is the music", () => {
    expect(judgedIn("The theme song is catchy.")).not.toContain("depiction:POSITIVE");
  });
});

describe("a noun phrase set aside at the sentence's start is conceded", () => {
  it.each(["Clumsy dialogue apart, the film is quietly moving.", "Its clumsy dialogue aside, the film is quietly moving."])("%s", (text) => {
    expect(judgedIn(text)).toEqual(expect.arrayContaining(["screenplay:NEGATIVE", "overall:POSITIVE"]));
  });

  it("'apart' in the story concedes nothing", () => {
    expect(judgedIn("Hanne and Amos drift apart, and the film follows them.")).toEqual([]);
  });
});

describe("a scarce quality and a scarce fault", () => {
  it.each([
    ["The film has few memorable characters.", -1],
    ["The film has few dull moments.", 1],
    ["The script leaves little time for nuance.", -1],
  ])("%s", (text, sign) => {
    expect(Math.sign(sentimentOf(text) ?? 0)).toBe(sign);
  });

  it("a character with little time for someone is the story", () => {
    expect(judgedIn("Amos has little time for his sister.")).toEqual([]);
  });
});

describe("themes of another work or of the viewer", () => {
  const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

  it("a work dated another year tells its own story", () => {
    expect(themesIn("What made the 1962 version work was its dread of the keeper's surveillance of the village.")).toEqual([]);
  });

  it("the film's own story beside a year is still its theme", () => {
    expect(themesIn("It is a story of grief and revenge set in 1978.")).toEqual(expect.arrayContaining(["grief", "revenge"]));
  });

  it.each(["It has a lodger that you will come to love.", "The boarding house has a lodger we'll come to love and fear."])("what the viewer comes to feel: %s", (text) => {
    expect(themesIn(text)).not.toContain("love");
  });

  it("a character who comes to love is the story", () => {
    expect(themesIn("Amos comes to love his brother.")).toContain("love");
  });
});

describe("theme words in another sense: innocence at law, the film's pretence, a character's job or age", () => {
  const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

  it.each([
    ["In one scene Amos tries to persuade Hanne of his innocence.", "childhood"],
    ["This is a portrait of a drifter that never pretends to understand him.", "deception"],
    ["Hanne is hired as the mill's art therapist under a false name.", "mental-illness"],
    ["Amos waits for their elderly matriarch to choose.", "aging"],
    ["The mill owner hires an elderly widowed woman.", "aging"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).not.toContain(theme);
  });

  it.each([
    ["Hanne pretends to be a nun to steal the ledger.", "deception"],
    ["The film is about the loss of innocence.", "coming-of-age"],
    ["Amos goes into therapy after the storm.", "mental-illness"],
  ])("the theme itself still counts: %s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });
});
