import { analyze, judged, linked, SALT_ROAD } from "./film";

// Found with a fifth round of blind variants of the shared case kinds and of real critics' reviews
// (2.187.0, docs/analysis.md), written and annotated by helpers that had not read the rules. The
// sentences here are invented again.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));
const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

describe("a theme's later word in a sentence counts when its first says nothing", () => {
  it.each([
    ["Hanne bribes the prison doctor, and the last act follows her escape from incarceration.", "incarceration"],
    ["Amos leaves the family farm at dawn, and the film watches a family come apart over one long winter.", "family"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });

  it("a word that only modifies a noun is still no theme", () => {
    expect(themesIn("Hanne bribes the prison doctor.")).not.toContain("incarceration");
  });
});

describe("a manner phrase with a likeness in a possessive judges the maker", () => {
  it.each([
    ["Calloway directs the scenes with a farceur’s impeccable timing.", "direction:POSITIVE"],
    ["Calloway directs the harbour-front scenes with impeccable timing.", "direction:POSITIVE"],
    ["Calloway shoots the quarrels with a painter’s eye for candlelight.", "direction:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });
});

describe("what a script gives the cast to work with", () => {
  it.each([
    ["Calloway’s script gives Venn plenty to work with.", "screenplay:POSITIVE"],
    ["The script gives the cast nothing to work with.", "screenplay:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });
});

describe("a cleft whose focus is a name: the name is the subject", () => {
  it.each([
    ["The cast is uniformly strong, but it is Calloway who deserves the credit.", "direction:POSITIVE"],
    ["It's Lotte Brey who really gets under your skin.", "performance:POSITIVE"],
    ["It is Venn who steals the film.", "performance:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });
});

describe("a concession keeps its own judgement beside the main clause's", () => {
  it.each([
    ["Whatever the script’s shortcomings, Lotte Brey carries every scene she is in.", ["screenplay:NEGATIVE", "performance:POSITIVE"]],
    ["Whatever its shortcomings, Lotte Brey carries the film.", ["performance:POSITIVE"]],
    ["Even when the plot stops making any sense, Venn is superb.", ["screenplay:NEGATIVE", "performance:POSITIVE"]],
    ["Although it runs twenty minutes longer than its story can bear, the film is superb.", ["pacing:NEGATIVE", "overall:POSITIVE"]],
    ["Although it is slow, the film is superb.", ["pacing:NEGATIVE", "overall:POSITIVE"]],
  ])("%s", (text, aspects) => {
    expect(judgedIn(text)).toEqual(expect.arrayContaining(aspects));
  });

  it.each([["The film is long, but it moves like a bullet."], ["Although it is long, the film flies by."]])(
    "a length outweighed after 'but' or answered by the pace is no fault: %s",
    (text) => {
      expect(judgedIn(text)).not.toContain("pacing:NEGATIVE");
    },
  );
});

describe("what stops is no longer had", () => {
  it.each([
    ["The plot stops making sense.", "screenplay:NEGATIVE"],
    ["The jokes stop being funny after an hour.", "humour:NEGATIVE"],
    ["The film never stops being gripping.", "overall:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });
});

describe("'a good' before an amount is no praise", () => {
  it.each([
    ["It runs a good twenty minutes too long.", ["pacing:NEGATIVE"]],
    ["The film lasts a good two hours.", []],
    ["It is a good deal of fun.", ["overall:POSITIVE"]],
    ["There is a good forty-minute film in The Salt Road.", ["overall:NEGATIVE"]],
    ["Calloway's answer is a good one.", ["direction:POSITIVE"]],
  ])("%s", (text, aspects) => {
    expect(judgedIn(text)).toEqual(aspects);
  });
});

describe("the film longer than it needs", () => {
  it.each([["It runs twenty minutes longer than it needs to."], ["The film is twenty minutes longer than it should be."]])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["pacing:NEGATIVE"]);
  });

  it("a character who stays longer than he should judges nothing", () => {
    expect(judgedIn("Amos stays longer than he should.")).toEqual([]);
  });
});

describe("a title before a name, in the lexicon or not", () => {
  const linkedIn = (text: string) => linked(analyze(text, SALT_ROAD));
  it.each([
    ["It is Mx Calloway, the harbour’s long-suffering clerk, who finally works out where the chapter went.", "Person:ines-calloway"],
    ["Everyone in the harbour defers to Sheikh Amos.", "Role:the-salt-road-2024/amos"],
    ["Nobody crosses Comrade Hanne.", "Role:the-salt-road-2024/hanne"],
    ["By the end, Old Amos has lost everything.", "Role:the-salt-road-2024/amos"],
  ])("%s", (text, target) => {
    expect(linkedIn(text)).toContain(target);
  });

  it("a religious title goes with a first name", () => {
    const film = { ...SALT_ROAD, cast: [...(SALT_ROAD.cast ?? []), { person: "Odile Marchand", character: "Agathe Duroy" }] };
    expect(linked(analyze("Sister Agathe has kept the convent’s books for thirty years.", film))).toEqual(["Role:the-salt-road-2024/agathe-duroy"]);
  });

  it.each([["It is no Finding Amos."], ["Nobody mentions Sharon Venn."]])("a verb or a given name before a credited name is no title: %s", (text) => {
    expect(linkedIn(text)).toEqual([]);
  });
});

describe("themes stated with words the taxonomy lacked", () => {
  it.each([
    ["At heart it is a film about a crisis of belief.", "faith"],
    ["Hanne wants to be a film director, and spends the summer shooting her relatives.", "cinema"],
    ["It is a film about a lamplighter's vocation.", "work"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });
});

describe("whole-film verdicts in long sentences", () => {
  it.each([
    ["You will recognise every wince in Calloway's wise, bruising and beautifully observed debut.", "overall:POSITIVE"],
    ["It is the kind of period piece that sends a whole living room gently to sleep.", "overall:NEGATIVE"],
    ["It borrows its moves from a dozen better thrillers.", "overall:NEGATIVE"],
    ["By the time the last twist lands, you will have stopped caring who took the ledger.", "screenplay:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });

  it("one of the better films is this one, and praise", () => {
    expect(judgedIn("It is one of the better thrillers of the year.")).toEqual(["overall:POSITIVE"]);
  });

  it.each([["Parents dragged along on a wet afternoon will laugh."], ["It strings them together with all the grace of a pickpocket."]])(
    "a word that is no cue in its sense here: %s",
    (text) => {
      const found = judgedIn(text);
      expect(found).not.toContain("pacing:NEGATIVE");
      expect(found.some((a) => a.startsWith("music"))).toBe(false);
    },
  );
});

describe("a sequel's short title naming the earlier film", () => {
  const BRAMBLE_2 = { title: "Bramble 2", year: 2021, directors: ["Rory Feld"], writers: ["Rory Feld"], cast: [{ person: "Lena Sorell", character: "Bramble" }, { person: "Victor Hale", character: "Silas Crane" }] };
  const linkedIn = (text: string) => linked(analyze(text, BRAMBLE_2));
  it.each([["This is the best Bramble yet."], ["It is funnier than its predecessor, Bramble."], ["Bramble 2 improves on Bramble in every way."]])("%s", (text) => {
    expect(linkedIn(text)).not.toContain("Role:bramble-2-2021/bramble");
  });

  it.each([["Unlike Bramble, Silas never trips."], ["The best Bramble moment comes early."]])("the character still: %s", (text) => {
    expect(linkedIn(text)).toContain("Role:bramble-2-2021/bramble");
  });
});

describe("none of their work before matches this (A7)", () => {
  it.each([
    ["Calloway has never made a better film.", "direction:POSITIVE"],
    ["Calloway has never made a worse film.", "direction:NEGATIVE"],
    ["Venn has never done better work.", "performance:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });
});
