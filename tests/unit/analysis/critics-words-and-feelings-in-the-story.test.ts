import { readFileSync } from "node:fs";
import path from "node:path";
import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, judged, linked, SALT_ROAD } from "./film";

const judgedIn = (text: string) => judged(analyze(text, SALT_ROAD));

// Classes seen on a new development set of real reviews (realAD, 2.131.0, docs/analysis.md); invented sentences.
describe("critics' words the general lexicons lack", () => {
  it.each([
    ["The dialogue is execrable.", "screenplay:NEGATIVE"],
    ["The plot is repetitious.", "screenplay:NEGATIVE"],
    ["The script is refreshing.", "screenplay:POSITIVE"],
    ["What Ines Calloway has made is pretty spectacular.", "direction:POSITIVE"],
    ["The set-up is absurd.", "screenplay:NEGATIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });

  it("'basic' judges only what it is said of", () => {
    expect(judgedIn("The graphics are very basic.")).toEqual(["cinematography:NEGATIVE"]);
    expect(analyze("The basic premise is that Amos walks home.", SALT_ROAD).sentiment).toBe(0);
  });
});

describe("a verb of feeling with a person of the story as its object tells the story", () => {
  it.each([["The story involves inventors trying to impress their fathers."], ["Amos adores Hanne, and she charms him."], ["Amos tries to impress his father."]])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
    expect(analyze(text, SALT_ROAD).sentiment).toBe(0);
  });

  it.each([
    ["The film will charm audiences.", "overall:POSITIVE"],
    ["Lotte Brey impresses as Hanne.", "performance:POSITIVE"],
  ])("%s still judges", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });
});

describe("an apposition tells who a character is", () => {
  it.each([
    ["Then Hanne, an actress, reads what she loves about him."],
    ["He finds a brilliant young composer, Hanne, and falls for her."],
    ["And then Amos meets a beautiful writer, Hanne, reads her letters and falls for her."],
  ])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });
});

describe("where a film was shot is no camerawork", () => {
  it("the place", () => {
    expect(judgedIn("Not only was the film shot in Iceland, but it left viewers perplexed.")).not.toContain("cinematography:NEGATIVE");
  });

  it("a format is camerawork", () => {
    expect(judgedIn("The shots in IMAX are gorgeous.")).toEqual(["cinematography:POSITIVE"]);
  });
});

describe("qualities after 'but' with no subject of their own", () => {
  it.each([
    ["It's gripping but ultimately dull.", "overall:NEGATIVE"],
    ["The Salt Road is initially intriguing but ultimately unrewarding.", "overall:NEGATIVE"],
    ["It's slow but oddly beautiful.", "overall:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });
});

describe("a bare 'no' answers and judges nothing", () => {
  it("The quick answers to those questions: Yes, No, and No.", () => {
    expect(analyze("The quick answers to those questions: Yes, No, and No.", SALT_ROAD).sentiment).toBe(0);
  });

  it("'no' before a quality is still a lack", () => {
    expect(analyze("There is no tension.", SALT_ROAD).sentiment).toBeLessThan(0);
  });
});

describe("not knowing, and the hero of the film", () => {
  it.each([["I had no idea how deep the film goes."], ["The hero of this film is a salt miner."]])("%s judges nothing", (text) => {
    expect(judgedIn(text)).toEqual([]);
    expect(analyze(text, SALT_ROAD).sentiment).toBe(0);
  });

  it("a script with no idea what to do is still a fault", () => {
    expect(judgedIn("The script has no idea what to do with Lotte Brey.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

const SHARED_SURNAME: FilmFacts = {
  title: "Glass Harbour",
  year: 2021,
  directors: ["Rian Sorel"],
  writers: ["Rian Sorel"],
  cast: [
    { person: "Mara Quell", character: "Ida Brandt" },
    { person: "Don Sorel", character: "Harlan Brandt" },
  ],
};

describe("a surname a director shares with an actor", () => {
  it("'Sorel and his troupe of actors' is the director who has them", () => {
    const text = "Rian Sorel made it on an island. The film rolls and bounces, Sorel and his troupe of actors clearly enjoying themselves.";
    expect(linked(analyze(text, SHARED_SURNAME))).toEqual(["Person:rian-sorel", "Person:rian-sorel"]);
  });

  it("'Sorel, an actor of rare warmth' is still the actor", () => {
    expect(linked(analyze("Sorel, an actor of rare warmth, plays Harlan.", SHARED_SURNAME))).toContain("Person:don-sorel");
  });
});

describe("theme words in idioms", () => {
  const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

  it.each([
    ["At the ripe old age of thirty, Amos learns he is adopted."],
    ["Hanne is shaking off demons, and Amos needs a holiday."],
    ["Hanne suddenly changes her mind about Amos."],
  ])("%s", (text) => {
    expect(themesIn(text)).toEqual([]);
  });

  it.each([["Amos has a crush on a girl in his class named Hanne."], ["It is one of the most beloved franchises in history."]])("%s names no theme", (text) => {
    expect(themesIn(text)).toEqual([]);
  });

  it("the theme itself still counts", () => {
    expect(themesIn("The film is about old age.")).toEqual(["aging"]);
    expect(themesIn("The film is about class.")).toEqual(["class"]);
  });
});

describe("whose words and whose films", () => {
  it("a quotation closed by a second opening mark at the end of the sentence is someone else's words", () => {
    expect(judgedIn("Ines Calloway came out early saying “people are gonna be mad“.")).toEqual([]);
  });

  it("'whose movies' are the director's other films", () => {
    expect(judgedIn("The film is from Ines Calloway, whose movies I generally struggle with.")).toEqual([]);
  });
});

describe("whether one can care about the characters", () => {
  it.each([
    ["This made it incredibly difficult to invest in the characters.", "characterization:NEGATIVE"],
    ["It is easy to care about these characters.", "characterization:POSITIVE"],
  ])("%s", (text, expected) => {
    expect(judgedIn(text)).toEqual([expected]);
  });
});

describe("work in the story, and a doubt left", () => {
  it.each([["Amos works at the mine."], ["She still works at her father's side."]])("%s is labour, not a judgement", (text) => {
    expect(judgedIn(text)).toEqual([]);
    expect(analyze(text, SALT_ROAD).sentiment).toBe(0);
  });

  it("'it works' still judges", () => {
    expect(judgedIn("It works on every level.")).toEqual(["overall:POSITIVE"]);
  });

  it("what someone explains is their words", () => {
    expect(judgedIn("A young man in a cardigan sits at a piano and explains, patiently, that music can express feelings, that a melody can be calm.")).toEqual([]);
  });

  it("what someone says after another verb of theirs is theirs; argued convincingly, it is the critic's", () => {
    expect(judgedIn("Ines Calloway sits down and says that the score is wonderful.")).toEqual([]);
    expect(analyze("Amos argues, convincingly, that the film is unfair.", SALT_ROAD).sentiment).toBeLessThan(0);
  });

  it("'leaves little doubt' is no fault", () => {
    expect(judgedIn("The editing leaves little doubt about what Ines Calloway thinks of him.")).not.toContain("editing:NEGATIVE");
  });
});

describe("what a part is played without, and a subject with a phrase after it", () => {
  it("'minus' and 'sans' deny what follows them, as 'without' does", () => {
    expect(judgedIn("Dario Venn plays Amos, sans charm.")).toEqual(["performance:NEGATIVE"]);
    expect(judgedIn("Dario Venn plays Amos, minus his charm.")).toEqual(["performance:NEGATIVE"]);
  });

  it("a subject with a phrase after its possessed noun is still the subject ('Venn's breakdown near a hedge')", () => {
    expect(judgedIn("Dario Venn's breakdown near a hedge is the finest.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("who a character is, questions after 'so', and how a film sold", () => {
  it("epithets before a character's name or a person of the story say who they are", () => {
    expect(judgedIn("Their strong, brave son Amos (Dario Venn) encounters a woman.")).toEqual([]);
    expect(analyze("A lonely widow meets a beautiful woman.", SALT_ROAD).sentiment).toBe(0);
    expect(judgedIn("The thinly drawn Amos bores.")).toEqual(["characterization:NEGATIVE"]);
    expect(judgedIn("Ines Calloway directs this cartoon violence with great energy, and children in the audience will roar.")).toEqual(["direction:POSITIVE"]);
  });

  it("a yes-no question after 'so' or 'but' asks and judges nothing", () => {
    expect(judgedIn("So is The Salt Road, the much-anticipated adaptation of the novel, worth its weight in gold?")).toEqual([]);
    expect(judgedIn("Yet is there a lovelier film?")).toEqual(["overall:POSITIVE"]);
  });

  it("how a film did at the box office is no judgement of it", () => {
    expect(judgedIn("The Salt Road missed the mark at the box-office.")).toEqual([]);
    expect(judgedIn("It was a box office flop, but it is a masterpiece.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("cue words in other senses, a remark on the director, and 'he' after 'but'", () => {
  it("'sounds' as the verb of seeming is no sound design", () => {
    expect(judgedIn("It all sounds convoluted.")).not.toContain("sound design:NEGATIVE");
    expect(judgedIn("This might all sound a bit convoluted.")).toEqual([]);
    expect(judgedIn("The sound is muddy.")).toEqual(["sound design:NEGATIVE"]);
  });

  it("'in his own image' is a likeness, not the camera's image", () => {
    expect(judgedIn("He wishes to remake the world in his own, perfect image.")).toEqual([]);
  });

  it("'not surprising, considering ...' is a remark, not a fault", () => {
    expect(judgedIn("Not all that surprising, considering Ines Calloway doesn't make bad movies.")).not.toContain("direction:NEGATIVE");
    expect(analyze("Not surprising, considering Ines Calloway makes good movies.", SALT_ROAD).sentiment).toBeGreaterThan(0);
    expect(judgedIn("The twist is not surprising.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("'he' after 'but' stands for the one actor named before it, wherever in the clause", () => {
    expect(judgedIn("I think we all want to like a Dario Venn movie again but he is making it hard by phoning it in.")).toEqual(["performance:NEGATIVE"]);
    expect(judgedIn("Dario Venn smiles, but he is lazy.")).toEqual(["performance:NEGATIVE"]);
  });
});

describe("themes of other works, of films in general, and of the film's own feelings", () => {
  const themesIn = (text: string) => analyze(text, SALT_ROAD).themes.map((t) => t.themeId);

  it("a theme word before another year in brackets tells that work's story", () => {
    expect(themesIn("Whether she is embarking on a warmer road trip of the heart in “Sideways” (2004), or not, Ines Calloway makes it hard.")).toEqual([]);
    expect(themesIn("It is a road trip of the heart.")).toEqual(["road-trip"]);
  });

  it("what films in general are about is not this film's theme", () => {
    expect(themesIn("Animated movies about singing sisters are fantastic and all.")).toEqual([]);
    expect(themesIn("The Salt Road is a film about grief.")).toEqual(["grief"]);
  });

  it("idioms of fame and of the viewer name no theme; 'beloved' there judges nothing", () => {
    expect(themesIn("Every decadent frame deserves to be kept for posterity.")).toEqual([]);
    expect(themesIn("Ines Calloway creates a special moviegoing experience.")).toEqual([]);
    expect(themesIn("As an adaptation of the beloved “Salt Saga,” it fails.")).toEqual([]);
    expect(judgedIn("As an adaptation of the beloved “Salt Saga,” it fails.")).not.toContain("screenplay:POSITIVE");
    expect(themesIn("Amos loses his beloved wife.")).toEqual(["marriage"]);
  });

  it("a feeling said of the work after a copula judges it; nobody in the story feels it", () => {
    expect(themesIn("It makes the movie feel horribly dated, woefully small in scale, and still ashamed and afraid to embrace its roots.")).toEqual([]);
    expect(themesIn("Amos is afraid of the dark.")).toEqual(["fear"]);
  });
});

describe("what is preferred over what, not looking away, and a typical film", () => {
  it("what a preference sets aside after 'over' is avoided: a fault there is praise", () => {
    expect(judgedIn("Ines Calloway exhaustively explores the issue of privacy, preferring presentation over sensationalization.")).toEqual(["direction:POSITIVE"]);
    expect(judgedIn("Ines Calloway opts for restraint over sensationalism.")).toEqual(["direction:POSITIVE"]);
    expect(judgedIn("The film is sensationalized.")).toEqual(["overall:NEGATIVE"]);
  });

  it("being unable to look away is praise", () => {
    expect(judgedIn("It is impossible to look away.")).toEqual(["overall:POSITIVE"]);
    expect(analyze("You won't be able to look away.", SALT_ROAD).sentiment).toBeGreaterThan(0);
  });

  it("what a typical film of the kind would do is no judgement of this one", () => {
    expect(judgedIn("In a typical comic book adaptation, these villains would be supporting players, popping up just to shoot off a wisecrack and a gun.")).toEqual([]);
    expect(judgedIn("In a typical thriller, the hero would win; here the writing is lazy.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("an adverb of craft before the film's verb", () => {
  it("'it expertly uses ...' judges the film; a character's skill does not", () => {
    expect(judgedIn("While Ines Calloway's debut is set years before the trials, it expertly uses genre tropes to create a detailed backdrop.")).toEqual(["overall:POSITIVE"]);
    expect(judgedIn("It clumsily stages the finale.")).toEqual(["overall:NEGATIVE"]);
    expect(judgedIn("Amos expertly fixes the boat.")).toEqual([]);
  });
});

describe("one of a set after a copula, and a hand", () => {
  it("'it is one of the finest things she has done' says the quality of its subject", () => {
    expect(judgedIn("Lotte Brey plays Hanne, and it is one of the finest things she has done.")).toEqual(["performance:POSITIVE"]);
    expect(judgedIn("The score is among the best things in the film.")).toEqual(["music:POSITIVE"]);
  });

  it("a hand is no praise by itself; a steady hand and a film drawn by hand are", () => {
    expect(analyze("The drummer's hands bleed.", SALT_ROAD).sentiment).toBe(0);
    expect(judgedIn("Ines Calloway directs with a steady hand.")).toEqual(["direction:POSITIVE"]);
    expect(judgedIn("Every frame of the animation is drawn by hand.")).toEqual(["cinematography:POSITIVE"]);
  });
});

describe("the critics' lexicon", () => {
  // JSON.parse keeps the last of two equal keys, so a word entered twice silently loses a value.
  it("has no key twice in one object", () => {
    const text = readFileSync(path.join(__dirname, "../../../src/ingest/analysis/criticism-lexicon.json"), "utf8");
    const repeated: string[] = [];
    const stack: Set<string>[] = [];
    for (const m of text.matchAll(/[{}]|"((?:[^"\\]|\\.)*)"\s*:/g)) {
      if (m[0] === "{") stack.push(new Set());
      else if (m[0] === "}") stack.pop();
      else if (stack.at(-1)!.has(m[1]!)) repeated.push(m[1]!);
      else stack.at(-1)!.add(m[1]!);
    }
    expect(repeated).toEqual([]);
  });
});

// Classes seen on new development sets of real reviews (realAG, realAH, 2.145.0, docs/analysis.md); invented sentences.
describe("a hyphenated compound opened by 'no' is a word of its own", () => {
  it.each(["Choosing Venn for the part was a no-brainer.", "It's a no-brainer choice on one level.", "Amos faces a no-win choice."])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
  });
  it("'no' before a noun still says what the film lacks", () => {
    expect(judgedIn("The film has no tension.")).toContain("overall:NEGATIVE");
  });
});

describe("critics' words of excitement", () => {
  it.each(["It is a rip-roaring film.", "Salt Road is a rollicking film.", "It is a pulse-pounding thriller.", "It is a heart-stopping film."])("%s", (text) => {
    expect(judgedIn(text)).toEqual(["overall:POSITIVE"]);
  });
});

describe("a film titled with its character's surname, said by a copula to be a person", () => {
  const VENN: FilmFacts = {
    title: "Venn",
    year: 2022,
    directors: ["Ines Calloway"],
    cast: [
      { person: "Dario Okoro", character: "Dr. Amos Venn" },
      { person: "Lotte Brey", character: "Hanne" },
    ],
  };
  it("is the character, and the story's hardship judges no aspect", () => {
    const result = analyze("Venn is a brilliant doctor living in Lisbon who is struggling with a terminal blood disorder.", VENN);
    expect(linked(result)).toEqual(["Role:venn-2022/dr-amos-venn"]);
    expect(judged(result)).toEqual([]);
  });
  it.each(["Venn is a brilliant film.", "Venn is a film about a lonely doctor.", "Venn is a monster of a movie."])("is the film when the noun is no person: %s", (text) => {
    expect(linked(analyze(text, VENN))).toEqual([]);
  });
});

describe("a fault set aside as a quibble", () => {
  it("'that becomes a quibble' judges nothing", () => {
    const result = analyze("When a film is as tense as Salt Road, that becomes a quibble.", SALT_ROAD);
    expect(judged(result)).toEqual([]);
    expect(result.sentiment).toBe(0);
  });
  it("the fault named before it is still named", () => {
    expect(judgedIn("The pacing is slow, but that's a minor quibble.")).toEqual(["pacing:NEGATIVE"]);
  });
});

describe("'the original' of a series is the first, not originality", () => {
  it.each(["It unites the stars of the original movies with the new cast.", "The original trilogy ended in 1993."])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
    expect(analyze(text, SALT_ROAD).sentiment).toBe(0);
  });
  it("'an original film' is still praise", () => {
    expect(judgedIn("It is an original film.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("a noun right before a film word names the kind of film", () => {
  it.each(["It is a disaster movie.", "Calloway has made a revenge thriller with a prison drama inside it."])("%s", (text) => {
    expect(judgedIn(text)).toEqual([]);
    expect(analyze(text, SALT_ROAD).sentiment).toBe(0);
  });
  it.each(["It is a disaster of a movie.", "The movie is a disaster."])("a film called a disaster is still judged: %s", (text) => {
    expect(judgedIn(text)).toEqual(["overall:NEGATIVE"]);
  });
});
