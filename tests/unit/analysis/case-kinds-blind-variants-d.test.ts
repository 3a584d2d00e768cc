import { analyze, judged, SALT_ROAD } from "./film";

// Found with a fourth round of blind variants of the shared case kinds and of real critics' reviews
// (2.183.0, docs/analysis.md), written and annotated by helpers that had not read the rules. The
// sentences here are invented again.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));
const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

describe("a relative clause of a thing denied to exist", () => {
  it.each([
    ["There is nothing, not one single thing, about The Salt Road that works.", "overall:NEGATIVE"],
    ["There isn't a scene in the film that feels alive.", "overall:NEGATIVE"],
    ["This is not one of those films where the wait was worth it.", "overall:NEGATIVE"],
    ["It isn't a film that works.", "overall:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });

  it("a denial inside the clause cancels the antecedent's", () => {
    expect(judgedIn("There is not a moment that isn't gorgeous to look at.")).toEqual(["cinematography:POSITIVE"]);
  });

  it("a clause that states a fact after 'no doubt that' is no relative clause", () => {
    expect(judgedIn("There is no doubt that Venn is superb.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("what a critic says of the whole enterprise", () => {
  it.each([
    ["Calloway deserved something far better than this.", "direction:NEGATIVE"],
    ["Goodness gracious, this whole enterprise lacked even a shred of wit.", "humour:NEGATIVE"],
    ["The songs are fine, but the storytelling is a few notches below the original.", "screenplay:NEGATIVE"],
    ["The plot has holes you could drive a truck through.", "screenplay:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
    expect(judgedIn(text)).not.toContain(aspect.replace("NEGATIVE", "POSITIVE"));
  });

  it.each([["Wow."], ["Just, wow."], ["Good lord, is this voyage ever going to end?"], ["It's astonishing to think anyone approved this voyage."]])(
    "surprise and disbelief alone judge nothing: %s",
    (text) => {
      expect(judgedIn(text).some((a) => a.endsWith(":POSITIVE"))).toBe(false);
    },
  );

  it("surprise before a judgement keeps the judgement", () => {
    expect(judgedIn("Wow, this is a stunning film.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("an actor's name before a word for the film names the film", () => {
  it.each([
    ["The new Dario Venn vehicle is a knockout.", "overall:POSITIVE"],
    ["This Lotte Brey film is a bore.", "overall:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });

  it("a name and the verb 'films' is the filmmaker at work", () => {
    expect(judgedIn("Calloway films the harbour with a hushed patience that is close to awe.")).toContain("direction:POSITIVE");
    expect(judgedIn("The harbour is lovely, and Calloway films it with a hushed patience that is close to awe.")).toContain("direction:POSITIVE");
  });

  it("a cleft with the actor first judges the actor", () => {
    expect(judgedIn("But it's Lotte Brey who steals every scene.")).toEqual(["performance:POSITIVE"]);
  });

  it("chops shown as a part are the acting, whatever the part is", () => {
    expect(judgedIn("Brey shows real dramatic chops as a widow who cannot be trusted.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("nothing better to be found is the highest praise", () => {
  it.each([
    ["Sea yarns rarely come better made than this.", "overall:POSITIVE"],
    ["Seafaring thrillers seldom come more gripping than this.", "overall:POSITIVE"],
    ["You won't see a more beautifully lit film this year.", "cinematography:POSITIVE"],
    ["You won't find a better performance anywhere.", "performance:POSITIVE"],
    ["The script sags in the middle, yet the visuals never stop dazzling.", "cinematography:POSITIVE"],
    ["Calloway stages the storm with real authority.", "direction:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
    expect(judgedIn(text)).not.toContain(aspect.replace("POSITIVE", "NEGATIVE"));
  });
});

describe("the critic's own hopes, fears and fans are no themes", () => {
  it.each([
    ["This film was made in the hopes of launching a franchise, but I'm afraid it was not worth the wait."],
    ["Lovers of the novel may be more forgiving than I am."],
    ["Brey plays a widow fighting the demons in her head."],
    ["What follows is a mess of sheer madness."],
  ])("%s", (text) => {
    expect(themesIn(text).filter((t) => ["hope", "fear", "romance", "forgiveness", "monsters", "religion", "madness"].includes(t))).toEqual([]);
  });

  it("a hope of the story is still a theme", () => {
    expect(themesIn("The Salt Road is a film about hope.")).toContain("hope");
  });
});

describe("how the film looks", () => {
  it("a great-looking film is its cinematography; a good-looking man is no craft", () => {
    expect(judgedIn("It's a great-looking film.")).toContain("cinematography:POSITIVE");
    expect(judgedIn("It's a cheap-looking movie.")).toContain("cinematography:NEGATIVE");
    expect(judgedIn("Venn is a good-looking man.")).toEqual([]);
  });
});

describe("what is owed to the people named after 'thanks to'", () => {
  it.each([
    ["The storm scenes land in spectacular fashion thanks to Venn and director Ines Calloway.", ["direction:POSITIVE", "performance:POSITIVE"]],
    ["Thanks to Brey and Calloway, the storm sequences are a blast.", ["direction:POSITIVE", "performance:POSITIVE"]],
    ["The film sinks, courtesy of a dreadful script.", ["screenplay:NEGATIVE"]],
  ])("%s", (text, aspects) => {
    for (const aspect of aspects) expect(judgedIn(text)).toContain(aspect);
    expect(judgedIn(text).some((a) => a.endsWith(aspects[0]!.endsWith("POSITIVE") ? ":NEGATIVE" : ":POSITIVE"))).toBe(false);
  });
});

describe("another medium, and a quality only intended", () => {
  it("an opening that moves to the stage or the page judges that other work", () => {
    expect(judgedIn("On stage, you can appreciate the costumes and choreography.")).toEqual([]);
    expect(judgedIn("In the novel, the villain is terrifying.")).toEqual([]);
    expect(judgedIn("The costumes are gorgeous.")).toEqual(["production design:POSITIVE"]);
  });

  it("funny only if he ever intends to be is not funny now", () => {
    expect(judgedIn("It is time for Venn to grow up, if he ever intends to be funny again.")).toEqual(["performance:NEGATIVE", "humour:NEGATIVE"]);
  });
});

describe("what a thing was made from, a snag overcome, and lists that go on denying", () => {
  it("what a verb of turning turns into judges; what it was turned from does not", () => {
    expect(judgedIn("Calloway turns the novel's silliest gimmick - Amos's amnesia - into the film's heart and soul.").some((a) => a.endsWith(":NEGATIVE"))).toBe(false);
    expect(judgedIn("The film turns into a mess.")).toEqual(["overall:NEGATIVE"]);
  });

  it("a snag overcome is praise; a snag is a fault", () => {
    expect(judgedIn("Hanne is an odd choice of heroine, but the script overcomes this snag by making her a child.")).toContain("screenplay:POSITIVE");
    expect(judgedIn("The one snag is the ending.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it.each([
    ["It shows little regard for period detail, much less historical accuracy.", "depiction:NEGATIVE"],
    ["It never thrills, let alone moves.", "overall:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
    expect(judgedIn(text).some((a) => a.endsWith(":POSITIVE"))).toBe(false);
  });

  it("a comparison of degree after 'much less' still lowers", () => {
    expect(judgedIn("It is much less charming than the original.")).toEqual(["overall:NEGATIVE"]);
  });

  it.each([
    ["Its title promises a carbon copy, but The Salt Road is much more than that.", "overall:POSITIVE"],
    ["It is a blast.", "overall:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });
});

describe("an original dated, jokes that miss, what the film ends up", () => {
  it("a year inside 'the original' still names the earlier work", () => {
    expect(judgedIn("The 1958 original was a stiff, stagey affair with two wooden leads.")).toEqual([]);
    expect(judgedIn("The 1958 original is a classic, and this remake is a bore.")).toEqual(["overall:NEGATIVE"]);
  });

  it("jokes that miss are a fault, however many", () => {
    expect(judgedIn("Even when the jokes miss, and a fair few do, Venn is always a pleasure.")).toContain("humour:NEGATIVE");
    expect(judgedIn("Even when the jokes miss, and a fair few do, Venn is always a pleasure.")).not.toContain("humour:POSITIVE");
  });

  it.each([["For all its charm, it ends up a slog."], ["It winds up a mess."]])("%s", (text) => {
    expect(judgedIn(text)).toContain("overall:NEGATIVE");
  });

  it("ending up somewhere judges nothing", () => {
    expect(judgedIn("It ends up in Lisbon.")).toEqual([]);
  });
});

describe("themes named by a phrase of their own, and idioms of another sense", () => {
  it.each([
    ["Amos is a genial rogue with a serious disregard for the truth.", "lies"],
    ["It is a leaden entry in the home invasion stakes.", "genre-motifs"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });

  it("writing off a car is no writing", () => {
    expect(themesIn("Amos ends up writing off his car.")).not.toContain("writing");
  });
});

describe("what the film adds up to, and a film that need not exist", () => {
  it.each([
    ["It adds up to the best seafaring drama in a decade.", "overall:POSITIVE"],
    ["It amounts to very little.", "overall:NEGATIVE"],
    ["It doesn't amount to much.", "overall:NEGATIVE"],
    ["Most sequels rarely impress anyway, but this one really didn't need to be made.", "overall:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });
});
