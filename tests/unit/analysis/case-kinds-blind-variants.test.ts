import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, linked, SALT_ROAD } from "./film";

// Found with blind variants of the shared case kinds, written by a helper that had not read the
// rules (2.168.0, docs/analysis.md). The sentences here are invented again, not the helper's.
const judgedIn = (text: string, film: FilmFacts = SALT_ROAD) => judged(analyze(text, film));
const themesIn = (text: string, film: FilmFacts = SALT_ROAD) => analyze(text, film).themes.map((t) => t.themeId);

const PIP: FilmFacts = {
  title: "Pip Flies North",
  year: 2023,
  directors: ["Oren Salk"],
  writers: ["Oren Salk"],
  cast: [
    { person: "Tilde Marr", character: "Pip" },
    { person: "Cosmo Reyne", character: "Gull" },
  ],
};

describe("A7: a comparative never reached before is praise", () => {
  it.each([
    // How funny a performer is judges the humour too (2.194.0).
    ["Dario Venn has never been funnier.", "performance:POSITIVE,humour:POSITIVE"],
    ["Lotte Brey has rarely been more charming than she is here.", "performance:POSITIVE"],
    ["Lotte Brey has seldom seemed more alive.", "performance:POSITIVE"],
    ["Dario Venn has never been more tiresome.", "performance:NEGATIVE"],
  ])("%s", (text, aspects) => {
    expect(judgedIn(text)).toEqual(aspects.split(","));
  });

  it("a film that never gets funnier is no praise", () => {
    expect(judgedIn("The film never gets funnier.")).not.toContain("humour:POSITIVE");
  });
});

describe("a fault no one rescues stays a fault", () => {
  it.each(["Dario Venn can't rescue this limp comedy.", "Nobody could salvage this dull drama.", "Even Lotte Brey cannot redeem this tired thriller."])("%s", (text) => {
    const found = judgedIn(text);
    expect(found).toContain("overall:NEGATIVE");
    expect(found.some((a) => a.endsWith(":POSITIVE"))).toBe(false);
  });
});

describe("A3: verdicts on the whole without the word film", () => {
  it.each([
    ["What a lovely surprise this turned out to be.", "overall:POSITIVE"],
    ["What a mess it is!", "overall:NEGATIVE"],
    ["Small children will adore it.", "overall:POSITIVE"],
    ["Audiences won't like it.", "overall:NEGATIVE"],
    ["I hated this limp harbour-town comedy.", "overall:NEGATIVE"],
    ["The seaside musical is a delight.", "overall:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });

  it("the audience of a forecast is no theme", () => {
    expect(themesIn("Small children will adore it.")).not.toContain("childhood");
  });

  it("parents dragged along to a matinee judge no pacing", () => {
    expect(judgedIn("Small children will adore it, and the parents dragged along to the matinee will laugh as hard.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("words of judgement the lexicons lacked", () => {
  it.each([
    ["The sloppiness of the editing makes the chase hard to follow.", "editing:NEGATIVE"],
    ["Although the script runs out of ideas in the last act, Calloway's command of atmosphere is hard to fault.", "screenplay:NEGATIVE"],
    ["Calloway seems to lose interest long before the final chase.", "direction:NEGATIVE"],
    ["Lotte Brey danced up a storm in the finale.", "performance:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });

  it("a lost interest is no praise", () => {
    expect(judgedIn("Calloway seems to lose interest long before the final chase.")).not.toContain("direction:POSITIVE");
  });
});

describe("T1: a capitalized first word is no name", () => {
  it.each([
    ["Alcoholism runs through the harbour town like damp through the walls.", "addiction"],
    ["Grief is everywhere in the harbour town.", "grief"],
    ["Amos's dementia supplies the jokes in the first act and the tears in the last.", "illness"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).toContain(theme);
  });

  it("an adjective of people opening the sentence is still no theme", () => {
    expect(themesIn("Loyal fans will be let down.")).not.toContain("loyalty");
  });
});

describe("T2 and T3: subjects of the story and words in other senses", () => {
  it("music a character forbids is the story's, not the score", () => {
    const result = analyze("Hanne hums at night because the harbour master has forbidden any music on the quay.", SALT_ROAD);
    expect(result.themes.map((t) => t.themeId)).toContain("music");
    expect(judged(result).filter((a) => a.startsWith("music:"))).toEqual([]);
  });

  it.each([
    ["The closing number is a monster, forty dancers crammed onto a pier.", "monsters"],
    ["Amos and Hanne wage a cold war over a parking space for two scenes.", "war"],
  ])("%s", (text, theme) => {
    expect(themesIn(text)).not.toContain(theme);
  });
});

describe("M5: the first film, named by the sequel's character", () => {
  it.each(["Oren Salk, who made Pip in 2019, returns with a thinner script.", "Where Pip was essentially a road movie, this one stays home."])("%s", (text) => {
    expect(linked(analyze(text, PIP))).not.toContain("Role:pip-flies-north-2023/pip");
  });

  it("the character still acts", () => {
    expect(linked(analyze("The storm made Pip cry.", PIP))).toContain("Role:pip-flies-north-2023/pip");
  });
});

describe("A9: crafts named by their own nouns", () => {
  it.each([
    ["The chase is scored with a gorgeous string arrangement.", "music:POSITIVE"],
    ["Her search takes her through a magnificent set, a chapel built on a soundstage.", "production design:POSITIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toContain(aspect);
  });

  it.each(["She is all set for a fight.", "The great set piece is a translation, not a battle.", "There was a bucket on the set for the tears."])("no sets: %s", (text) => {
    expect(judgedIn(text).filter((a) => a.startsWith("production design"))).toEqual([]);
  });
});

// 2.169.0
describe("A2: praise of a turn in compounds", () => {
  it.each(["Lotte Brey gives a show-stopping turn.", "Lotte Brey gives a gutsy, scene-stealing turn."])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["performance:POSITIVE"]);
  });
});

describe("A3: kinds of film the critic calls it", () => {
  it.each([
    ["This is a dour procedural.", "overall:NEGATIVE"],
    ["It is a tired farce.", "overall:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });
});

describe("T4: an old age told by a number", () => {
  it.each([
    "The film is about a man learning, at seventy-eight, how to live without his job.",
    "Amos is a 78-year-old widower who still fishes every morning.",
    "Amos, 82, still fishes every morning.",
    "At 80, Amos takes up the fiddle again.",
  ])("%s", (text) => {
    expect(themesIn(text)).toContain("aging");
  });

  it.each(["The film runs at 90 minutes.", "In 1979, Amos lost the race.", "Amos is 8 years old.", "Amos, 35, still fishes every morning."])("no old age: %s", (text) => {
    expect(themesIn(text)).not.toContain("aging");
  });
});

// 2.170.0: from a second blind file of the weakest kinds.
const ORPHEUM: FilmFacts = {
  title: "The Late Show",
  year: 2021,
  directors: ["Bea Lund"],
  writers: ["Kit Ware"],
  cast: [
    { person: "Ada Ware", character: "Sheriff Kell" },
    { person: "Rob Ware", character: "Gus Pryor" },
    { person: "Tom Lund", character: "Ned" },
  ],
};

describe("M1: a shared surname, said which by the words around it", () => {
  it.each([
    ["As the sheriff, Ware gets the driest laughs.", "Person:ada-ware"],
    ["As Gus, Ware is all nerves.", "Person:rob-ware"],
    ["Lund, filming her own town over three winters, keeps the camera at a respectful distance.", "Person:bea-lund"],
    ["Rob Ware is charming as Gus, but Ware's script gives him nothing to push against.", "Person:kit-ware"],
  ])("%s", (text, person) => {
    expect(linked(analyze(text, ORPHEUM))).toContain(person);
  });
});

describe("A9 and A10: judging words go to the craft noun they modify", () => {
  it.each([
    ["Dario Venn drifts through the empty corridors to a gorgeous, droning synth score.", ["music:POSITIVE"]],
    ["Lotte Brey's character is introduced through some clumsy, choppy cutting.", ["editing:NEGATIVE"]],
    ["Hanne's hideout is a marvel of set dressing.", ["production design:POSITIVE"]],
    ["Calloway directs timidly, flattening every big moment.", ["direction:NEGATIVE"]],
    ["The script is a tangle of exposition, but Calloway directs with a sure sense of scale.", ["screenplay:NEGATIVE", "direction:POSITIVE"]],
  ])("%s", (text, aspects) => {
    expect(judgedIn(text)).toEqual(aspects);
  });
});

describe("T3: words in other senses", () => {
  it("salt flats are a place, not a flat film", () => {
    expect(judgedIn("The editing does real justice to the chase across the salt flats.")).toEqual(["editing:POSITIVE"]);
  });

  it("a leap of faith is no faith", () => {
    expect(themesIn("The third act asks for a leap of faith that the screenplay has done nothing to earn.")).not.toContain("faith");
  });
});

// 2.171.0
describe("a rescue denied fails the film and blames no rescuer", () => {
  it.each([
    "Dario Venn cannot save the film.",
    "Dario Venn And Lotte Brey Can't Save A Muddled Harbour Drama",
    "Not even Lotte Brey can save this muddled drama.",
    "The cast can't save it.",
  ])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["overall:NEGATIVE"]);
  });

  it("a fault that ruins the film still blames its maker", () => {
    expect(judgedIn("The score ruins the film.")).toEqual(["music:NEGATIVE", "overall:NEGATIVE"]);
  });
});

describe("a glacial pace; a character's lies", () => {
  it("a glacial pace is the pacing's fault", () => {
    expect(judgedIn("Lotte Brey shines, but Calloway's drama moves at a glacial pace.")).toEqual(["performance:POSITIVE", "pacing:NEGATIVE"]);
  });

  it("whose lies get uglier: the lies are the story's", () => {
    expect(themesIn("Lotte Brey plays Hanne, a cold woman whose lies get uglier with every scene.")).toContain("lies");
  });
});

// 2.172.0
describe("A1: adjectives of the person a character is describe them", () => {
  it.each(["Amos is a humourless man.", "Amos is a dull, humourless man, and the village adores him for it."])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });

  it("adjectives of the character as written judge the writing", () => {
    expect(judgedIn("Amos is a dull character.")).toEqual(["characterization:NEGATIVE"]);
  });
});

describe("A8: the use of silence is the sound design", () => {
  it("is judged as the sound design and is no theme", () => {
    const result = analyze("The film makes brilliant use of silence.", SALT_ROAD);
    expect(judged(result)).toEqual(["sound design:POSITIVE"]);
    expect(result.themes.map((t) => t.themeId)).not.toContain("silence");
  });
});

// 2.173.0
describe("it is the best thing she has done: the actor's work, not the film", () => {
  it.each([
    ["As Hanne, Brey is all clenched jaw and quiet panic, and it is easily the best thing she has done.", "performance:POSITIVE"],
    ["Dario Venn is in it, and it is the worst thing he has done.", "performance:NEGATIVE"],
  ])("%s", (text, aspect) => {
    expect(judgedIn(text)).toEqual([aspect]);
  });

  it("without an actor it is still the film", () => {
    expect(judgedIn("It is the best film of the year.")).toEqual(["overall:POSITIVE"]);
  });
});

// 2.174.0
describe("A6: a director's earlier film named in apposition", () => {
  it.each(["Calloway's debut, Herring Year, was a shapeless, overlong slog.", "Calloway's debut, the trawler drama Herring Year, was a shapeless, overlong slog."])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });

  it("the director's film without another title is this one", () => {
    expect(judgedIn("Calloway's debut is a shapeless, overlong slog.")).toContain("pacing:NEGATIVE");
  });
});

describe("phrases that judge or do not", () => {
  it.each(["The picture never gives us a reason to care whether Amos lives or dies.", "The film doesn't give us any reason to care about Hanne."])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["overall:NEGATIVE"]);
  });

  it("working out an angle is no praise of the pacing", () => {
    expect(judgedIn("Amos paces the deck all night working out the angle.")).toEqual([]);
  });
});

// 2.175.0
describe("A6: a maker's last films, counted", () => {
  it.each(["Calloway's last three features were lazy, joyless affairs.", "Her last two films were lazy."])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });
});
