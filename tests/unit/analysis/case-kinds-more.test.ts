import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, linked, SALT_ROAD } from "./film";

// Invented films for more cases of the kinds in ../shared/cases/review-analysis-cases.json.
// A sequel whose title repeats its title character's name.
const SEQUEL: FilmFacts = {
  title: "Pippa 3",
  year: 2025,
  directors: ["Rhys Okonjo"],
  writers: ["Rhys Okonjo"],
  cast: [
    { person: "Mabel Strand", character: "Pippa" },
    { person: "Ezra Quint", character: "Captain Mole" },
    { person: "Tova Reyes", character: "Nettle" },
  ],
};
const COMEDY: FilmFacts = {
  title: "Best Man Down",
  year: 2024,
  directors: ["Lorna Vickery"],
  writers: ["Lorna Vickery"],
  cast: [
    { person: "Kit Abara", character: "Dev" },
    { person: "Sol Marsh", character: "Priya" },
  ],
};
const PIPPA = "Role:pippa-3-2025/pippa";

describe("a sequel's title cut short, said of a work, is the earlier film (M5)", () => {
  it.each([
    "Fans of the original Pippa will find plenty to like.",
    "Rhys Okonjo, who directed Pippa a decade ago, is back in charge.",
    "Pippa was a sleeper hit in 2015.",
    "It is a worthy sequel to Pippa and its first follow-up.",
  ])("%s", (text) => {
    expect(linked(analyze(text, SEQUEL))).not.toContain(PIPPA);
  });

  it("still links the character where the name is the character", () => {
    expect(linked(analyze("Pippa is braver this time.", SEQUEL))).toContain(PIPPA);
    expect(linked(analyze("The first Pippa scene is the best.", SEQUEL))).toContain(PIPPA);
  });
});

describe("a comparison that names no equal is praise (A7)", () => {
  it.each([
    ["Nobody plays exasperation better than Kit Abara.", "performance:POSITIVE"],
    ["No one does deadpan better than Sol Marsh.", "performance:POSITIVE"],
    // How funny a performer is judges the humour too (2.194.0).
    ["Kit Abara hasn't been this funny in years.", "performance:POSITIVE,humour:POSITIVE"],
    ["Sol Marsh has not been this good since her debut.", "performance:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judged(analyze(text, COMEDY))).toEqual(aspect.split(","));
  });

  it("keeps a real lack of equal as a fault", () => {
    expect(judged(analyze("Nobody in the cast does worse than Kit Abara.", COMEDY))).toEqual(["performance:NEGATIVE"]);
  });
});

describe("critics' senses of ordinary words (A2)", () => {
  it("reads 'a riot' of a performer or the costumes as praise", () => {
    expect(judged(analyze("Kit Abara is an absolute riot.", COMEDY))).toEqual(["performance:POSITIVE"]);
    expect(judged(analyze("The costumes are a riot of colour.", COMEDY))).toEqual(["production design:POSITIVE"]);
  });

  it("reads 'her voice work' as this film's acting, not another work", () => {
    expect(judged(analyze("Her voice work is superb.", SEQUEL))).toEqual(["performance:POSITIVE"]);
    expect(judged(analyze("His camera work is superb.", SEQUEL))).toEqual(["cinematography:POSITIVE"]);
  });
});

// A thriller whose director shares a surname with an actor (and whose writer with another).
const SHARED: FilmFacts = {
  title: "Cold Harbour",
  year: 2022,
  directors: ["Ilka Varga"],
  writers: ["Ilka Varga", "Ben Oduya"],
  cast: [
    { person: "Rafe Varga", character: "Dominic" },
    { person: "Nora Oduya", character: "Sister Agnes" },
    { person: "Tamsin Leigh", character: "Kit" },
  ],
};
const person = (slug: string) => `Person:${slug}`;

describe("a shared surname is the person the words around it credit (M1)", () => {
  it.each([
    ["As the brother nobody trusts, Varga is quietly menacing.", "rafe-varga"],
    ["Varga, playing a man with nothing left to lose, holds the screen.", "rafe-varga"],
    ["In the lead, Varga is superb.", "rafe-varga"],
    ["Varga's film is a tense, lean piece of work.", "ilka-varga"],
    ["Varga stages the ambush in the fog with real control.", "ilka-varga"],
    ["Varga's assured debut never puts a foot wrong.", "ilka-varga"],
  ])("%s", (text, slug) => {
    expect(linked(analyze(text, SHARED))).toEqual([person(slug)]);
  });

  it("keeps the name unresolved when the words say nothing of the credit", () => {
    expect(linked(analyze("Varga is everywhere this year.", SHARED))).toEqual([]);
  });
});

describe("critics' idioms of craft praise (A10, A2)", () => {
  it.each([
    ["The cast is lovely, and Ilka Varga keeps every scene on a knife's edge.", "direction:POSITIVE"],
    ["The cast is lovely, and Ilka Varga trusts us to fill in the gaps.", "direction:POSITIVE"],
    ["The songs are fine, but the real star is Ilka Varga, who keeps the whole thing light on its feet.", "direction:POSITIVE"],
    ["Time flies in her company.", "pacing:POSITIVE"],
    ["The ambush is filmed in a single take.", "cinematography:NEUTRAL"],
  ])("%s", (text, aspect) => {
    const found = judged(analyze(text, SHARED));
    if (aspect.endsWith(":NEUTRAL")) expect(found).toEqual([]);
    else expect(found).toContain(aspect);
  });

  it("reads a take as the camera's work when it is judged", () => {
    expect(judged(analyze("The ambush plays out in one terrific single take.", SHARED))).toEqual(["cinematography:POSITIVE"]);
  });
});

describe("a list of qualities given the film itself is the verdict (A3)", () => {
  it.each([
    ["I loved this bright, big-hearted sequel.", "overall:POSITIVE"],
    ["Nobody warned me about this bleak, tedious and punishing thriller.", "overall:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judged(analyze(text, SHARED))).toEqual([aspect]);
  });
});

describe("'even when' concedes a fault the main clause outweighs (A5)", () => {
  it.each([
    ["Even when the plot loses its way, the animation always dazzles.", ["screenplay:NEGATIVE", "cinematography:POSITIVE"]],
    ["Even when the plotting turns murky, the cast keeps us hooked.", ["screenplay:NEGATIVE", "performance:POSITIVE", "supporting performance:POSITIVE"]],
  ])("%s", (text, aspects) => {
    expect(judged(analyze(text, SEQUEL))).toEqual(aspects);
  });

  it("reads a subject with an adverb of frequency before its verb", () => {
    expect(judged(analyze("The animation always dazzles.", SEQUEL))).toEqual(["cinematography:POSITIVE"]);
    expect(judged(analyze("The plot never quite works.", SEQUEL))).toEqual(["screenplay:NEGATIVE"]);
  });

  it("reads losing its way or its nerve as a fault", () => {
    expect(judged(analyze("Sadly, the film loses its nerve towards the end.", SEQUEL))).toEqual(["overall:NEGATIVE"]);
  });
});

describe("a character dragging something is the story, not the pacing (A4)", () => {
  it("reads 'drags the old trunk' as an action", () => {
    expect(judged(analyze("Pippa drags the old trunk down to the cellar.", SEQUEL))).toEqual([]);
    expect(judged(analyze("The second hour drags.", SEQUEL))).toEqual(["pacing:NEGATIVE"]);
  });
});

describe("critics' words and frames read in real reviews (A2, A8)", () => {
  it.each([
    ["The cinematography is exceptional.", ["cinematography:POSITIVE"]],
    ["Rhys Okonjo's genius is evident in every frame.", ["direction:POSITIVE"]],
    ["They are an acting team like no other.", ["performance:POSITIVE"]],
    ["Mabel Strand gives one hell of a performance.", ["performance:POSITIVE"]],
    ["Mabel Strand becomes lost in the role.", ["performance:POSITIVE"]],
    ["Its runtime is absurdly long.", ["pacing:NEGATIVE"]],
    ["The best thing about this film is the score.", ["music:POSITIVE"]],
    ["Truly, I think the most egregious thing about this film is its runtime.", ["pacing:NEGATIVE"]],
    ["The costuming and set design are exceptional.", ["production design:POSITIVE"]],
  ])("%s", (text, aspects) => {
    expect(judged(analyze(text, SEQUEL))).toEqual(aspects);
  });

  it("reads 'accessible' as approachable unless it names an audience, and an audience's disability as no fault", () => {
    expect(judged(analyze("It is more accessible than her last film.", SEQUEL))).not.toContain("accessibility:POSITIVE");
    expect(judged(analyze("The film is accessible to deaf audiences.", SEQUEL))).toEqual(["accessibility:POSITIVE"]);
    expect(judged(analyze("The film is audio-described, so blind viewers can follow it.", SEQUEL))).toEqual(["accessibility:POSITIVE"]);
  });
});

describe("questions, scopes and averted faults (A3, A6)", () => {
  it("reads a one-word question as an announcement, not a verdict", () => {
    expect(judged(analyze("The villain?", SEQUEL))).toEqual([]);
  });

  it("reads 'Thematically, ...' as a judgement of the screenplay", () => {
    expect(judged(analyze("Thematically, the film is undercooked.", SEQUEL))).toEqual(["screenplay:NEGATIVE"]);
  });

  it("reads 'Without X's genius, it would ...' as praise of X", () => {
    expect(judged(analyze("Without Mabel Strand's genius, Pippa would become camp, or worse.", SEQUEL))).toEqual(["performance:POSITIVE"]);
  });
});

describe("themes named in the words critics use (T4, T1)", () => {
  const themes = (text: string) => analyze(text, SEQUEL).themes.map((t) => t.themeId);
  it.each([
    ["It is a sharp study on white privilege.", "race"],
    ["It is about the awkward challenges of puberty.", "coming-of-age"],
    ["It is a look into the passion of cinema.", "cinema"],
    ["Halfway through, she transforms into a giant owl.", "transformation"],
  ])("%s", (text, theme) => {
    expect(themes(text)).toContain(theme);
  });
});

describe("headline praise and a source named by a relative clause (M2, A6)", () => {
  it("reads 'the role of her career' as praise of the acting", () => {
    // Read as running text since 2.108.0, "a moving sequel" praises the film too.
    expect(judged(analyze("Review: Mabel Strand Has The Role Of Her Career In A Moving Sequel", SEQUEL))).toContain("performance:POSITIVE");
    expect(judged(analyze("Mabel Strand has the role of her career.", SEQUEL))).toEqual(["performance:POSITIVE"]);
    expect(judged(analyze("Mabel Strand plays the role of a lifetime.", SEQUEL))).toEqual(["performance:POSITIVE"]);
  });

  it("reads a judgement of the work the film is adapted from as no judgement of the film", () => {
    expect(judged(analyze("The 1958 radio serial it is adapted from was famously clunky and overstuffed.", SEQUEL))).toEqual([]);
  });
});

describe("a theme in a word the taxonomy lacked (T4)", () => {
  const themes = (text: string) => analyze(text, SEQUEL).themes.map((t) => t.themeId);
  it.each([
    ["Under the slapstick, it is a story about kinship.", "family"],
    ["It is a film about self-worth.", "identity"],
    ["It is a celebration of teamwork.", "community"],
    ["It is a thriller about settling old scores.", "revenge"],
  ])("%s", (text, theme) => {
    expect(themes(text)).toContain(theme);
  });
});

describe("short reviews, cast descriptions and craft words (A1, A8, T3)", () => {
  it("reads a one-sentence English review with few function words as English", () => {
    const result = analyze("Rhys Okonjo's script hands Tova Reyes's character a lovely, funny monologue about tomatoes.", SEQUEL);
    expect(linked(result)).toEqual(["Person:rhys-okonjo", "Person:tova-reyes"]);
    expect(judged(result)).toContain("screenplay:POSITIVE");
  });

  it("reads '<actor> is <character>, a bitter widow' as who the character is", () => {
    expect(judged(analyze("Mabel Strand is Pippa, a bitter, grieving widow who barely speaks.", SEQUEL))).toEqual([]);
  });

  it.each([
    ["Half the audience was dying of laughter.", ["humour:POSITIVE"], []],
    ["The film makes clever use of off-screen sound.", ["sound design:POSITIVE"], []],
    ["The film is a marvel of hand-drawn animation.", ["overall:POSITIVE", "cinematography:POSITIVE"], []],
  ])("%s", (text, aspects, themeIds) => {
    const result = analyze(text, SEQUEL);
    expect(judged(result)).toEqual(aspects);
    expect(result.themes.map((t) => t.themeId)).toEqual(themeIds);
  });
});

describe("what a fault prevents (A5)", () => {
  it("reads praise a fault prevents as lost, and a fault prevented as averted", () => {
    expect(judged(analyze("The plot prevents you from fully engaging with it.", SEQUEL))).toEqual(["screenplay:NEGATIVE"]);
    expect(judged(analyze("The score prevents the film from being dull.", SEQUEL))).toEqual(["music:POSITIVE"]);
  });
});

describe("a noun the tagger calls a verb (A9)", () => {
  it("reads 'in one superb edit' as the editing, not the actor named in the sentence", () => {
    expect(judged(analyze("Okonjo cuts from Mabel Strand's stricken face to the burning barn in one superb edit.", SEQUEL))).toEqual(["editing:POSITIVE"]);
  });
});

describe("genre words and a recommendation by understatement (A2, A3)", () => {
  it("reads 'grimy' and 'brutal' of a crime thriller as its kind, not a fault", () => {
    expect(judged(analyze("Mabel Strand gives a barnstorming performance in this grimy, brutal crime thriller.", SEQUEL))).toEqual(["performance:POSITIVE"]);
  });

  it("reads 'you could do worse than this' as praise", () => {
    expect(judged(analyze("You could do a lot worse than this sequel.", SEQUEL))).toEqual(["overall:POSITIVE"]);
  });
});

describe("a sequel's title cut short, said of a film seen or owned before, is the earlier film (M5)", () => {
  it.each([
    "Anyone who sat through Pippa with restless kids will know what to expect.",
    "If you wore out your DVD of Pippa, you will feel at home.",
    "Those who loved Pippa back in 2015 will be pleased.",
    "Fans who met Pippa three summers ago will be pleased.",
  ])("%s", (text) => {
    expect(linked(analyze(text, SEQUEL))).not.toContain(PIPPA);
  });

  it("still links the character a verb follows: 'we watched Pippa grow up'", () => {
    expect(linked(analyze("We watched Pippa grow up.", SEQUEL))).toContain(PIPPA);
  });
});

describe("honorifics and kinship words before a character's name (M3)", () => {
  const FAMILY: FilmFacts = {
    title: "Low Tide",
    year: 2022,
    directors: ["Rhys Okonjo"],
    writers: ["Rhys Okonjo"],
    cast: [
      { person: "Mabel Strand", character: "Aunt Josephine" },
      { person: "Ezra Quint", character: "Tobin" },
    ],
  };
  it.each([
    ["Nobody leaves Auntie Josephine's table hungry.", "Role:low-tide-2022/aunt-josephine"],
    ["Young Master Tobin causes trouble.", "Role:low-tide-2022/tobin"],
    ["Cousin Tobin is a pest.", "Role:low-tide-2022/tobin"],
  ])("%s", (text, role) => {
    expect(linked(analyze(text, FAMILY))).toContain(role);
  });
});

describe("a headline that opens with a credited full name (M2)", () => {
  it.each([
    ["Lotte Brey Quietly Steals The Show", "Person:lotte-brey"],
    ["Dario Venn Finally Gets The Role He Deserves", "Person:dario-venn"],
  ])("%s", (text, person) => {
    expect(linked(analyze(text, SALT_ROAD))).toContain(person);
  });
});
