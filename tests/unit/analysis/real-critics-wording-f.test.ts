import { analyze, judged, SALT_ROAD } from "./film";

// Found reading a sixth set of real critics' reviews (2.192.0, docs/analysis.md): theme wording the
// taxonomy lacked, theme words in another sense, verdicts on the whole said without a film word, and
// parts that give their actors no chance. The sentences here are invented.
const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

describe("a person's lot said by an adjective is the story's subject", () => {
  it("an immigrant family", () => {
    expect(themesIn("Hanne keeps house for a loud Albanian immigrant family in Trieste.")).toContain("immigration");
  });

  it("an adjective of another kind still only says who someone is", () => {
    expect(themesIn("Hanne keeps house for a loud, jealous family in Trieste.")).not.toContain("jealousy");
  });
});

describe("what the director creates or conveys frames its subject", () => {
  it.each([
    ["Calloway is good at creating the dull waiting of a siege, broken by sudden bursts of violence.", "violence"],
    ["Calloway conveys the slow grind of poverty without a single speech.", "poverty"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });
});

describe("theme wording the taxonomy lacked", () => {
  it.each([
    ["Amos and Hanne are twins who squabble from the first scene to the last.", "siblings"],
    ["The crew is flung through space and time, and Amos is always a step behind.", "time-travel"],
    ["Amos is bullied by the older boys at the mill, and Hanne is the only one who notices.", "abuse"],
    ["The raid ends with a body count that would shame a war film.", "violence"],
    ["Amos wins through sheer determination, and the film never doubts him.", "perseverance"],
    ["The company misleads its customers for years, and Hanne keeps the ledgers.", "deception"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });
});

describe("a theme word in another sense is no theme", () => {
  it.each([
    ["Amos needs the powerful amulet before the frost comes.", "power"],
    ["Amos needs the powerful 'Heart of Salt' before the frost comes.", "power"],
    ["Hanne and Amos wade through treacherous waters to reach the lighthouse.", "betrayal"],
    ["Amos protests his innocence to anyone who will listen.", "childhood"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).not.toContain(theme);
  });

  it("the powerful as people are still power", () => {
    expect(themesIn("The film is about the powerful and the people they crush.")).toContain("power");
  });
});

describe("a verdict on the whole said without a film word", () => {
  it.each([
    ["Everything's a shambles.", "overall:NEGATIVE"],
    ["Everything is a delight.", "overall:POSITIVE"],
    ["I found this all terribly silly and far from moving.", "overall:NEGATIVE"],
    ["The Salt Road was missing something.", "overall:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });

  it.each([
    ["Everything is fine for Amos until the storm."],
    ["Amos found this town hostile."],
  ])("the story is no verdict: %s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });
});

describe("a part that gives its actor no chance is at fault", () => {
  it.each([
    ["The story is so leaden that the cast have little chance to shine.", "characterization:NEGATIVE"],
    ["Brey doesn't get much chance to show off her dry wit.", "characterization:NEGATIVE"],
    ["The film gives Brey no room to breathe.", "characterization:NEGATIVE"],
    ["Venn, for all his charm and presence, deserved so much more.", "characterization:NEGATIVE"],
    ["A limp thriller that squanders the gifted Lotte Brey.", "characterization:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });

  it("the actors' chance is not praise of their acting", () => {
    expect(judgedIn("The cast have little chance to shine.")).not.toContain("performance:POSITIVE");
  });

  it("a character's poor chances are the story", () => {
    expect(judgedIn("Amos has little chance to escape the flood.")).toEqual([]);
  });
});

describe("a place named as where a scene is, is the setting", () => {
  it.each([
    ["Hanne rents an old cottage in the countryside to finish her book."],
    ["The last stand takes place in the Danish countryside."],
  ])("%s", (text) => {
    expect(themesIn(text)).not.toContain("rural-life");
  });

  it("the place as the subject still counts", () => {
    expect(themesIn("The film is a clear-eyed portrait of rural life and the farms that are failing.")).toContain("rural-life");
  });
});

describe("theme words of faith, peoples and kin (2.193.0)", () => {
  it.each([
    ["Hanne is the eldest daughter of a Puritan family on the Salt Road.", "religion"],
    ["The film has a lot to say about being a Muslim in Marseille.", "religion"],
    ["Amos dotes on his adopted daughter Lise until the flood.", "parenthood"],
    ["Amos and Hanne are forced out of their village by the salt company.", "exile"],
    ["The film follows a circle of friends through one long summer.", "friendship"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });

  it("an adjective in a list before its noun is no nominal theme", () => {
    expect(themesIn("The wild, wild coast is the real star.")).not.toContain("nature");
  });
});

describe("verdicts the words alone missed or misread (2.193.0)", () => {
  it.each([
    ["Why bother? Because the film sucks.", "overall:NEGATIVE"],
    ["The movie stinks.", "overall:NEGATIVE"],
    ["The trouble is it's some way short of being gripping.", "overall:NEGATIVE"],
    ["It is nothing short of brilliant.", "overall:POSITIVE"],
    ["If westerns aren't your thing, you'll be checking your watch.", "pacing:NEGATIVE"],
    ["It goes on too long before the final twist.", "pacing:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });

  it.each([
    ["Angry critics insist the film is a disaster."],
    ["Why did The Salt Road sink so fast at the box office?"],
    ["Amos opens a bakery, but it's not long before the debts pile up and everything goes wrong."],
    ["It is not long before things go wrong."],
  ])("no verdict of the critic's: %s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });

  it("a question that judges nothing adds nothing to the review's sentiment", () => {
    expect(analyze("The stunt was lethal. The catch?", SALT_ROAD).sentiment).toBe(analyze("The stunt was lethal.", SALT_ROAD).sentiment);
  });
});

describe("how funny a performer or a character is judges the humour too (2.194.0)", () => {
  it.each([
    ["Venn and Brey are pretty funny together.", ["performance:POSITIVE", "humour:POSITIVE"]],
    ["A slyly funny Venn steals the film.", ["performance:POSITIVE", "humour:POSITIVE"]],
    ["Venn isn't terribly funny as Amos.", ["performance:NEGATIVE", "humour:NEGATIVE"]],
    ["Amos is a wryly funny character.", ["characterization:POSITIVE", "humour:POSITIVE"]],
  ])("%s", (text, aspects) => {
    for (const aspect of aspects) expect(judgedIn(text)).toContain(aspect);
  });

  it("praise without a word of humour judges no humour", () => {
    expect(judgedIn("Venn is superb as Amos.")).not.toContain("humour:POSITIVE");
  });
});
