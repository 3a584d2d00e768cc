import { analyze } from "./film";

// An invented film; every sentence below is invented for these tests. Each pair shows a theme word
// in another sense (not a theme) beside the same word where the story is about it (a theme).
const FILM = {
  title: "The Lantern Keeper",
  year: 2031,
  directors: ["Tova Brandt"],
  cast: [
    { person: "Dana Lark", character: "Pia Moss" },
    { person: "Owen Reyes", character: "Ivo Moss" },
  ],
};
const themes = (text: string) => analyze(text, FILM).themes.map((t) => t.themeId);

describe("a pattern with a reflexive pronoun is a phrase", () => {
  it("counts 'killed himself' as suicide, not as the verb 'killed' alone", () => {
    expect(themes("The ferryman's brother set fire to the boathouse and killed himself.")).toContain("suicide");
  });
});

describe("a theme word written with a capital inside the sentence is a name or a label", () => {
  it("skips a section label and a title", () => {
    expect(themes("What Doesn't Work: the story of the harbour drags in the second hour.")).not.toContain("work");
    expect(themes("Brandt's previous film, Stardom, was the better one.")).not.toContain("fame");
  });

  it("still counts the word in lowercase", () => {
    expect(themes("Ivo chases stardom on the harbour stage.")).toContain("fame");
  });
});

describe("a theme word in a credit between brackets is not a theme", () => {
  it("skips the word beside a name inside brackets", () => {
    expect(themes("Dana Lark (Channel Four's Silicon Valley) is fine as Pia.")).not.toContain("technology");
  });

  it("counts a bracketed aside that names nobody", () => {
    expect(themes("Ivo (a man consumed by grief) walks the pier every night.")).toContain("grief");
  });
});

describe("a theme word that names a part in a sentence on casting is not a theme", () => {
  it("skips the noun phrase an actor plays and a noun phrase before 'role'", () => {
    expect(themes("Tova Brandt cast Owen Reyes, who played an older brother on a sitcom.")).not.toContain("siblings");
    expect(themes("Marta Quill does a great job in the best friend role.")).not.toContain("friendship");
    expect(themes("It is strange to see Owen Reyes playing a cowboy.")).not.toContain("frontier");
  });

  it("counts what happens to the character after the noun phrase", () => {
    expect(themes("Owen Reyes plays a fisherman consumed by grief after the storm.")).toContain("grief");
  });
});

describe("a theme adjective said of the work judges it", () => {
  it("skips 'rich' said of the story or the film", () => {
    expect(themes("What emerges is a story so much richer.")).not.toContain("wealth");
    expect(themes("It is a rich film, full of small surprises.")).not.toContain("class");
  });

  it("counts it said of people, in a sentence that frames it", () => {
    expect(themes("It is a story about a rich family that loses its boats.")).toContain("wealth");
  });
});

describe("theme words in idioms and in clauses about the audience (theme-senses.json)", () => {
  it("skips the critic's own experience and idioms of the inner life", () => {
    expect(themes("I wanted to fall in love with it, and I never did.")).not.toContain("love");
    expect(themes("I didn't find myself caring what happened next.")).not.toContain("self-discovery");
    expect(themes("Ivo wrestles with his personal demons on the pier.")).not.toContain("monsters");
    expect(themes("The film spends a fair amount of time with each of the villagers.")).not.toContain("time");
  });

  it("skips a theme word in a clause about who the film is for", () => {
    expect(themes("The story is very dark and will not appeal to children, but it is strong.")).not.toContain("childhood");
  });

  it("still counts the word in the story", () => {
    expect(themes("Pia and Ivo fall in love on the night ferry.")).toContain("love");
    expect(themes("The children of the harbour town lose their childhood to the war.")).toContain("childhood");
  });
});

describe("cues of romance and time travel (theme-senses.json)", () => {
  it("finds the theme through the story's own words", () => {
    expect(themes("Pia is in a very loving relationship with a ferry captain.")).toContain("romance");
    expect(themes("Nobody explains the logic of the time-reversal machinery Ivo uses.")).toContain("time-travel");
  });
});

describe("a theme noun heading the subject of a judgement names a judged part of the film", () => {
  it("skips the set piece or the film that the predicate judges", () => {
    expect(themes("The harbour heist is a slick piece of work.")).not.toContain("heist");
    expect(themes("In the end, this selfie falls flat.")).not.toContain("media");
  });

  it("counts the noun where the predicate tells the story", () => {
    expect(themes("The harbour heist goes wrong when Ivo drops the lantern.")).toContain("heist");
  });
});

describe("a kinship word said once introduces a character", () => {
  it("does not count 'his wife' or 'her son Peter' said once", () => {
    expect(themes("Ivo lives on the pier with his wife and a dog.")).not.toContain("marriage");
    expect(themes("Tension rises when Pia arrives with her son Peter.")).not.toContain("parenthood");
  });

  it("does not count a kinship phrase of the taxonomy said once in the same way", () => {
    expect(themes("Ivo is invited to his best friend's wedding on the island.")).not.toContain("friendship");
    expect(themes("It is a film about two best friends who fall out over a boat.")).toContain("friendship");
  });

  it("counts the theme when the review names it again", () => {
    const found = themes("Ivo lives on the pier with his wife and a dog. His marriage had been a long, quiet war.");
    expect(found).toContain("marriage");
  });

  it("counts a kinship word that is not a character's introduction, or that an event of the story befalls", () => {
    expect(themes("Ivo is a father trying to protect the harbour from the storm.")).toContain("parenthood");
    expect(themes("Pia (Dana Lark) is a widow whose daughter goes missing.")).toContain("parenthood");
  });
});

describe("names set beside a noun, and a judged character", () => {
  it("reads past the names between commas to the event of the story", () => {
    expect(themes("By dusk their daughters, Anna and Joy, have vanished from the pier.")).toContain("parenthood");
  });

  it("does not take 'played by' for an event of the story", () => {
    expect(themes("Ivo now has a wife, Lena, played by Marta Quill.")).not.toContain("marriage");
  });

  it("counts a theme noun whose subject names a character the critic judges", () => {
    expect(themes("The sneering TV reporter (Tom Vale) is so shrill that his every scene becomes tiresome.")).toContain("media");
  });
});

describe("the taxonomy: doing the right thing is morality, not moral ambiguity", () => {
  it("links the phrase to morality", () => {
    const found = themes("It is a film that celebrates kindness and doing the right thing.");
    expect(found).toContain("morality");
    expect(found).not.toContain("moral-ambiguity");
  });
});

describe("a theme word in a stretch about another film", () => {
  it("skips the story of the first film or the original", () => {
    expect(themes("Ivo, the cocky racer of the first film, is back in the harbour.")).not.toContain("sport");
    expect(themes("Pia, the teenager who saved the world in the first film, keeps a lantern.")).not.toContain("superheroes");
  });

  it("counts the word outside that stretch", () => {
    expect(themes("Like the first film, this one is about racing, and Ivo lives for the racer's life.")).toContain("sport");
  });
});

describe("an occupation said once tells who a character is (theme-senses.json occupations)", () => {
  it("does not count 'a lumberyard worker', 'an economics professor', 'a stage actor' as the job's field", () => {
    expect(themes("Pia Moss, a poor lumberyard worker, falls for Ivo, the son of the mill's owner.")).not.toContain("work");
    expect(themes("Ivo Moss, an economics professor, comes home for the summer.")).not.toContain("education");
    expect(themes("The story follows Pia, a stage actor who has lost her nerve.")).not.toContain("performance-as-art");
  });

  it("counts the field where the occupation is the subject framed, or said again", () => {
    expect(themes("The Lantern Keeper is a film about a factory worker.")).toContain("work");
    expect(themes("Pia Moss is a factory worker. Every night the factory worker walks home alone.")).toContain("work");
  });
});

describe("a word whose everyday sense is not the theme counts only as what a frame frames (framedOnly)", () => {
  it("counts 'friends' right after 'a story about', not elsewhere in a framed sentence", () => {
    expect(themes("The Lantern Keeper is a story about friends.")).toContain("friendship");
    expect(themes("The Lantern Keeper is a story about a lighthouse, and one night Pia's friends come to visit.")).not.toContain("friendship");
  });

  it("reads 'a film of' as a frame ('a film of secrets')", () => {
    expect(themes("This is a film of secrets and lies.")).toContain("deception");
  });
});

describe("a frame reaches over a list ('a film about grief, class and the families we choose')", () => {
  it("counts each framed word of the list", () => {
    expect(themes("It is a warm film about grief, class and the families we choose.")).toEqual(expect.arrayContaining(["grief", "class"]));
  });
});

describe("a theme word before a noun for what the film says", () => {
  it("counts the subject named as a message or subtext, in a sentence that judges it too", () => {
    expect(themes("Its environmental message is endearing.")).toContain("environment");
    expect(themes("What's even better is that it has a feminist message about sisterly bonding.")).toEqual(expect.arrayContaining(["gender", "siblings"]));
    expect(themes("Brandt has layered the film with potent political subtext.")).toContain("politics");
  });

  it("does not count a word whose everyday sense is not the theme", () => {
    expect(themes("It has a work message that is endearing.")).not.toContain("work");
  });
});
