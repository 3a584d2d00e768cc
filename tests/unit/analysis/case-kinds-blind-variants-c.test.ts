import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, linked, SALT_ROAD } from "./film";

// Found with a third round of blind variants of the shared case kinds (2.176.0, docs/analysis.md),
// written by helpers that had not read the rules. The sentences here are invented again.
const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));
const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

describe("A1: a part named before its actor describes the character", () => {
  it.each([
    ["As the hero's surly, spiteful older sister, Lotte Brey is wonderful.", "performance:POSITIVE"],
    ["As the drowned man's bitter widow, Lotte Brey makes more of three scenes than most actors could of ten.", "performance:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });
});

describe("A7: nothing above it is the highest praise", () => {
  it.each([
    ["Seafaring thrillers don't get much more gripping than this.", "overall:POSITIVE"],
    ["Animation doesn't get much better than this.", "overall:POSITIVE"],
    ["No one could have played Amos better than Dario Venn.", "performance:POSITIVE"],
    ["I can't imagine a better Hanne than Lotte Brey.", "performance:POSITIVE"],
    ["Nobody has made the salt flats look more beautiful.", "cinematography:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
    expect(judgedIn(text).some((a) => a.endsWith(":NEGATIVE"))).toBe(false);
  });

  it("a comparison with another work keeps its denial", () => {
    expect(judgedIn("The film isn't better than the original.")).not.toContain("overall:POSITIVE");
  });
});

describe("A9: what a craft did to an actor's scene is the craft's", () => {
  it.each([
    ["Lotte Brey's farewell is scored with a lovely, mournful cello theme.", "music:POSITIVE"],
    ["Dario Venn's big confession is shot in one gorgeous, unbroken take.", "cinematography:POSITIVE"],
    ["Lotte Brey's arrival is set to a glorious slab of disco.", "music:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });

  it("the actor's own scene, judged, is still the acting", () => {
    expect(judgedIn("Lotte Brey's farewell scene is heartbreaking.")).toContain("performance:POSITIVE");
  });

  it("a director framing an actor's character through a lovely window judges no acting", () => {
    const found = judgedIn("Ines Calloway frames Dario Venn's fisherman through a gorgeous, salt-streaked porthole.");
    expect(found.some((a) => a.startsWith("performance"))).toBe(false);
  });
});

describe("A10: a director's nerve and command", () => {
  it.each([
    ["The score is a little syrupy, but Calloway has the nerve to hold a shot until the silence becomes a threat.", "direction:POSITIVE"],
    ["Calloway directs with unfussy, surgical steadiness.", "direction:POSITIVE"],
    ["Film Review: Ines Calloway Stages The Wreck Of The Marta With Unflinching Control", "direction:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
    expect(judgedIn(text)).not.toContain("direction:NEGATIVE");
  });

  it("unflinching control is no depiction", () => {
    expect(judgedIn("Calloway stages the storm with unflinching control.")).not.toContain("depiction:POSITIVE");
  });

  it("the casting directors of the story judge no direction", () => {
    expect(judgedIn("Brey is terrific in the scenes where casting directors ignore Hanne, which are the funniest in the film.")).not.toContain("direction:POSITIVE");
  });
});

describe("A5: the fault conceded in an 'even when' clause", () => {
  it.each([
    ["Even when the plot is running on fumes, Lotte Brey is always a pleasure to watch.", "screenplay:NEGATIVE"],
    ["Even when the story ties itself in knots, the score is always lovely.", "screenplay:NEGATIVE"],
    ["Even when its history turns woolly, the film is always handsome.", "overall:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });
});

describe("A3: verdicts without a verdict cue", () => {
  it.each([
    "If you have a ten-year-old and a rainy Sunday, you could do a lot worse than two hours at sea with Amos and Hanne.",
    "By the last scene most viewers will have forgiven the contrivances, which is all anyone can ask of a film like this.",
    "Whatever its slack patches, The Salt Road is the kind of film that stays lodged in your memory for weeks.",
  ])("%s", (text) => {
    expect(judgedIn(text)).toContain("overall:POSITIVE");
  });

  it("'the kind of film that' is no praise of its own", () => {
    expect(judgedIn("It is the kind of film that drags.")).not.toContain("overall:POSITIVE");
  });

  it("the reader's circumstances are neither a judgement nor a theme", () => {
    const text = "Whether you watch it with a fidgety nine-year-old or alone at midnight, this is a film that sends you back out seeing the world differently.";
    expect(judgedIn(text)).toEqual(["overall:POSITIVE"]);
    expect(themesIn(text)).toEqual([]);
  });

  it("a condition on what the reader puts up with still judges", () => {
    expect(judgedIn("If you can forgive the clunky dialogue, the film is a treat.")).toContain("screenplay:NEGATIVE");
  });
});

describe("M2: a verb of carrying the film in a headline", () => {
  it.each([
    ["Lotte Brey Charms Her Way Through A Featherweight Seaside Comedy", "performance:POSITIVE"],
    ["Dario Venn charms his way through a featherweight seaside comedy.", "performance:POSITIVE"],
    ["Film Review: Dario Venn Anchors Handsome But Chilly Sea Drama", "performance:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });
});

// 2.177.0: from the development set of real critics' reviews (realC), read through the search tool.
describe("real reviews: a cleft's focus, a score that is got, faces that chill", () => {
  it("'it's the depths of X that ...' is a cleft, no verdict on the film", () => {
    const found = judgedIn("However, it's ultimately the depths of depravity that Dario Venn displays as a sly, adroit puppet-master that leave your skin crawling.");
    expect(found.filter((a) => a.startsWith("overall"))).toEqual([]);
  });

  it("'it's the kind of film that ...' still calls the film something", () => {
    expect(judgedIn("It's the kind of film that stays with you.")).toContain("overall:POSITIVE");
  });

  it.each(["Amos races to wrecks in hopes of scoring lurid snapshots he can sell to the papers.", "Hanne spends the winter scoring cheap whisky off the trawlermen."])("%s", (text) => {
    expect(judgedIn(text).filter((a) => a.startsWith("music"))).toEqual([]);
  });

  it("a composer scoring every chase is the music", () => {
    expect(judgedIn("Ines Calloway's regular composer scores every chase with a lovely, droning menace.")).toContain("music:POSITIVE");
  });

  it("a myriad of facial expressions that chill the blood is the acting", () => {
    expect(judgedIn("The flooded cellar gives Lotte Brey a chance to call upon a myriad of facial expressions that will chill your blood.")).toContain("performance:POSITIVE");
  });

  it("a fluid script and uncanny songs are praised", () => {
    const found = judgedIn("Besides the fluid script and three uncanny songs, it is the acting that stays with you.");
    expect(found).toContain("screenplay:POSITIVE");
    expect(found).toContain("music:POSITIVE");
  });
});

// 2.178.0
const HERON: FilmFacts = {
  title: "Heron Returns",
  year: 2025,
  directors: ["Mira Tollan"],
  writers: ["Mira Tollan"],
  cast: [
    { person: "Ada Tollan", character: "Heron" },
    { person: "Piet Vos", character: "Wick Farrow" },
    { person: "Lise Okri", character: "Agnes" },
  ],
};
const mentionsIn = (text: string) => linked(analyze(text, HERON));

describe("M1: a shared surname told by the part or the acting later in its clause", () => {
  it.each([
    ["Tollan, who is nine and happens to be the director's daughter, is eerily good as the child who will not stop singing.", "Person:ada-tollan"],
    ["Tollan, all clenched silence under a rain hood, holds the screen against actors twice her size.", "Person:ada-tollan"],
    ["Tollan's 2019 debut was a chilly two-hander.", "Person:mira-tollan"],
  ])("%s", (text, person) => {
    expect(mentionsIn(text)).toEqual([person]);
  });

  it("'as a director' names no part", () => {
    expect(mentionsIn("Tollan, who began as a director of adverts, shoots it all in grey.")).toEqual(["Person:mira-tollan"]);
  });
});

describe("M5: a title given after a maker's work noun is that work", () => {
  it.each([
    ["Mira Tollan, whose debut Agnes was a sparse ghost story, has grown more patient.", "Person:mira-tollan"],
    ["Mira Tollan's 2018 debut, Agnes, was a chilly two-hander; this is larger and stranger.", "Person:mira-tollan"],
  ])("%s", (text, person) => {
    expect(mentionsIn(text)).toEqual([person]);
  });

  it.each(["Where the 2019 Heron leaned on pratfalls, this sequel makes room for melancholy.", "Tollan has plainly been given a bigger budget since Heron, and it shows."])("%s", (text) => {
    expect(mentionsIn(text)).not.toContain("Role:heron-returns-2025/heron");
  });

  it("the character after a comma is still the character", () => {
    expect(mentionsIn("In her film, Agnes is the only one who sees it coming.")).toContain("Role:heron-returns-2025/agnes");
  });

  it("the title character doing something since is still the character", () => {
    expect(mentionsIn("Nothing has been the same since Heron left the marsh.")).toContain("Role:heron-returns-2025/heron");
  });
});

describe("T3: a theme word in an idiom", () => {
  it.each([
    ["Every forged cheque has Amos courting disaster.", "romance"],
    ["By the last reel the harbour town is a ghost of itself.", "supernatural"],
    ["The film has an identity crisis, lurching between farce and chamber drama.", "identity"],
    ["Ninety minutes of recycled gags at full price? That's daylight robbery.", "heist"],
    ["It is a happy marriage of period manners and something feral.", "marriage"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).not.toContain(theme);
  });
});

// 2.179.0
describe("A4: craft words in another sense", () => {
  it.each([
    "The score is four million in uncut diamonds, and the crew has six minutes to lift it.",
    "The shot that finally kills the captain comes from his own side.",
    "A shot rings out across the harbour.",
    "Hanne is a failed poet who now edits wedding videos for cash.",
    "Amos is a failed stage actor who now edits wedding videos for cash.",
  ])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });

  it.each([
    ["The shot that opens the film is breathtaking.", "cinematography:POSITIVE"],
    ["Calloway is a director who knows how to pace a thriller.", "direction:POSITIVE"],
    ["The score is a lovely, droning thing.", "music:POSITIVE"],
  ])("the craft itself is still judged: %s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });
});

// 2.180.0
describe("T4: paraphrases of themes", () => {
  it.each([
    ["Under the pratfalls is a tender film about growing up and coming out in a small fishing town.", "queer-identity"],
    ["Hanne's story is one of getting knocked down and getting back up, year after year.", "resilience"],
    ["Calloway's real subject is habitat loss, the slow draining of the salt marshes.", "environment"],
    ["Beneath the gore, it is about a woman shedding her old life and growing a new one.", "starting-over"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });

  it.each(["The film comes out in May.", "Coming out of the cinema, I could not stop smiling."])("a release or a way out is no theme: %s", (text) => {
    expect(themesIn(text)).not.toContain("queer-identity");
  });
});

// 2.181.0
describe("phrases of pace and of a story that leads nowhere", () => {
  it.each([
    ["The Amos subplot, involving a stolen anchor and a very confused goat, goes precisely nowhere.", "screenplay:NEGATIVE", "screenplay:POSITIVE"],
    ["Calloway shows a sure command of pacing, and the ninety minutes skip by.", "pacing:POSITIVE", "pacing:NEGATIVE"],
  ])("%s", (text, aspect, opposite) => {
    expect(judgedIn(text)).toContain(aspect);
    expect(judgedIn(text)).not.toContain(opposite);
  });
});

// 2.182.0
describe("A4: a character's own acting and directing in the story", () => {
  it.each([
    "Hanne's performance as Juliet in the harbour pageant is a disaster, and half the town has it on video.",
    "Hanne's performance in the school play is a catastrophe.",
    "Hanne is directing the harbour pageant, badly.",
  ])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });

  it.each([
    ["Lotte Brey's performance as Hanne is a marvel.", "performance:POSITIVE"],
    ["Hanne is played beautifully by Lotte Brey.", "performance:POSITIVE"],
    ["Calloway is directing with real flair.", "direction:POSITIVE"],
  ])("the film's own are still judged: %s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });
});
