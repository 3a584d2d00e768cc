import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { verdictOf } from "../../../src/graphql/verdict";
import { analyze, judged } from "./film";

// An invented film: a comedy about a lighthouse keeper, with three credited actors.
const KEEPER: FilmFacts = {
  title: "The Keeper",
  year: 2021,
  genres: ["Comedy"],
  directors: ["Mara Okonjo"],
  writers: ["Mara Okonjo"],
  cast: [
    { person: "Teodor Lisk", character: "Abel" },
    { person: "Wren Castellane", character: "Dora" },
    { person: "Piet Amundsen", character: "Hendrik" },
  ],
};
const judge = (text: string) => judged(analyze(text, KEEPER));
const verdict = (text: string) => verdictOf(analyze(text, KEEPER).sentiment!);

describe("praise of a film inside the film is no praise of the whole (judging-constructions.ts)", () => {
  it("reads 'there is a good film in it' as a verdict against the whole", () => {
    expect(judge("There is a good forty-minute film in The Keeper.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("Somewhere inside The Keeper is a sweet little movie about two brothers.")).toEqual(["overall:NEGATIVE"]);
  });

  it("reads a good film inside a bad one as MIXED", () => {
    expect(judge("The Keeper is a good small film inside a loud, overlong one.")).toContain("overall:MIXED");
  });

  it("still reads the film called good as praise", () => {
    expect(judge("The Keeper is a good small film.")).toEqual(["overall:POSITIVE"]);
    expect(judge("It is a good film in every way.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("an effect the critic names as intended is no fault", () => {
  it("does not read 'and that is the point' as criticism", () => {
    expect(verdict("It is almost too much to watch, and that is exactly the point.")).not.toBe("NEGATIVE");
    expect(judge("The editing is occasionally confusing, which is part of the point.")).not.toContain("editing:NEGATIVE");
  });

  it("still reads the fault without the figure", () => {
    expect(judge("The editing is occasionally confusing.")).toEqual(["editing:NEGATIVE"]);
  });
});

describe("a craft the critic wishes better is criticised", () => {
  it("reads 'with a better director, this might have been' as direction NEGATIVE", () => {
    expect(judge("With a better set of directors and a clearer vision, this might have been a great film.")).toContain("direction:NEGATIVE");
    expect(judge("A sharper script would have helped.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("does not read a comparison of fact as a wish", () => {
    expect(judge("The Keeper has a better script than the first film.")).toEqual(["screenplay:POSITIVE"]);
  });
});

describe("a quality likened to a thing that has none is mocked", () => {
  it("reads 'with the subtlety of a greeting card' and 'all the heat of an advert' as criticism", () => {
    expect(judge("Okonjo has directed it with the subtlety of a greeting card.")).toEqual(["direction:NEGATIVE"]);
    expect(verdict("Their romance has all the heat of a perfume advert.")).toBe("NEGATIVE");
  });

  it("keeps the praise of a likeness that is praise", () => {
    expect(judge("Okonjo directs with the grace of a dancer.")).toEqual(["direction:POSITIVE"]);
  });
});

describe("critics' words for how a film treats its subject (depiction)", () => {
  it("reads shying away and pulling punches as depiction NEGATIVE, their negation as POSITIVE", () => {
    expect(judge("The film shies away from the harder questions.")).toContain("depiction:NEGATIVE");
    expect(judge("The film pulls its punches about the family's debts.")).toContain("depiction:NEGATIVE");
    expect(judge("The film never shies away from what the family did.")).toContain("depiction:POSITIVE");
  });
});

describe("'less' before a judging word lowers it as a negation does (polarity.ts)", () => {
  it("reads 'less than compelling' and 'less interesting' as criticism, 'nothing less than' as praise", () => {
    expect(judge("I found the script less than compelling.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The script is less inventive.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The script is nothing less than brilliant.")).toEqual(["screenplay:POSITIVE"]);
  });
});

describe("a synopsis label opens a sentence that tells the story", () => {
  it("finds the theme a 'Plot:' sentence names", () => {
    const themes = (text: string) => analyze(text, KEEPER).themes.map((t) => t.themeId);
    // In a sentence that judges a craft, a theme word counts only when the sentence tells the story.
    const told = "the superb score follows a drummer through addiction and recovery.";
    expect(themes(`Plot: ${told}`)).toContain("addiction");
    expect(themes(told)).not.toContain("addiction");
  });

  it("keeps the judgements of a category so labelled", () => {
    expect(judge("Plot: thin and predictable.")).toContain("screenplay:NEGATIVE");
  });

  it("does not read the label of a synopsis as the screenplay judged", () => {
    expect(judge("Plot: a gifted drummer, played brilliantly, battles addiction.")).not.toContain("screenplay:POSITIVE");
  });
});

describe("who directs and how a job is done", () => {
  it("does not read another kind of director as the film's direction", () => {
    expect(judge("In voiceover, Abel, a celebrated theatre director, reads out everything he loves about his wife.")).not.toContain("direction:POSITIVE");
    expect(judge("The film's director handles it beautifully.")).toEqual(["direction:POSITIVE"]);
  });

  it("reads the adjective of 'does a superb job' as the doer's craft", () => {
    expect(judge("The director does a superb job.")).toEqual(["direction:POSITIVE"]);
    expect(judge("The editor did sloppy work.")).toEqual(["editing:NEGATIVE"]);
  });
});

describe("an adjective before a list of crafts judges each of them (aspects.ts coordinatedCues)", () => {
  it("reads 'Superb acting, editing and music' as three judgements", () => {
    expect(judge("Superb acting, editing and music.")).toEqual(["performance:POSITIVE", "editing:POSITIVE", "music:POSITIVE"]);
    expect(judge("Great plot, action, cinematography, and storytelling.")).toContain("cinematography:POSITIVE");
  });

  it("does not carry a judgement across clauses", () => {
    expect(judge("The script is superb, and the cinematography is dull.")).toEqual(["screenplay:POSITIVE", "cinematography:NEGATIVE"]);
  });
});

describe("critics' names for the kind of film are the film (criticism-lexicon.json filmWords)", () => {
  it("reads a verdict on 'a highly entertaining biopic' or 'this remake' as the verdict on the whole", () => {
    expect(judge("It is a highly entertaining biopic.")).toEqual(["overall:POSITIVE"]);
    expect(judge("This remake is a dreary slog.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("a verbless phrase that calls the film something is a verdict on it", () => {
  it("reads 'A lovely film, that ...' and 'not a really good movie' as verdicts", () => {
    expect(judge("A lovely film, that deserves to be a big hit with children and adults alike!")).toEqual(["overall:POSITIVE"]);
    expect(judge("Mostly, it makes for a really good trailer, but not a really good movie.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("I think I found my favourite film of the year.")).toEqual(["overall:POSITIVE"]);
  });

  it("does not read an earlier film so named as the verdict", () => {
    expect(judge("Like her previous film, it is set in a lighthouse.")).toEqual([]);
  });
});

describe("the director's possessive of the title names the film; the critic's finding is a verdict", () => {
  it("reads \"Okonjo's The Keeper\" as the film, not a judgement of the direction", () => {
    expect(judge("I finally saw Mara Okonjo's The Keeper, and found it utterly gripping from start to finish.")).toEqual(["overall:POSITIVE"]);
  });

  it("reads 'found it a chore' as a verdict, not 'found it in the attic'", () => {
    expect(judge("I found it a chore.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("We found it in the attic.")).toEqual([]);
  });
});

describe("an earlier film is not this one", () => {
  it("does not read a verdict on 'the first film' or 'her previous movie' as the verdict on this one", () => {
    expect(judge("The first film was a masterpiece.")).toEqual([]);
    expect(judge("Her previous movie was dreadful.")).toEqual([]);
    expect(judge("The film is a masterpiece.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("the look and mood of a film described are no fault (toneWords, colourWords)", () => {
  it("reads a film shot in gloomy grays as a description, a murky one as a fault", () => {
    expect(judge("The Keeper is shot in gloomy shades of blue and gray, with plenty of close-ups.")).not.toContain("cinematography:NEGATIVE");
    expect(judge("The cinematography is murky.")).toEqual(["cinematography:NEGATIVE"]);
  });
});

describe("an adverb of fault before praise intensifies it (polarity.ts boosts)", () => {
  it("reads 'painfully good' and 'ridiculously charming' as praise, 'painfully slow' as criticism", () => {
    expect(judge("Piet Amundsen is painfully good as Hendrik.")).toEqual(["supporting performance:POSITIVE"]);
    expect(judge("The script is ridiculously charming.")).toEqual(["screenplay:POSITIVE"]);
    expect(judge("The script is painfully slow.")).toContain("screenplay:NEGATIVE");
  });
});

describe("a screenplay and a direction read in the thriller's and horror's senses (aspectSenses)", () => {
  it("reads an unpredictable twist and chilling direction as praise in any genre", () => {
    expect(judge("There is a very unpredictable twist toward the end.")).toEqual(["screenplay:POSITIVE"]);
    expect(judge("Okonjo's direction is chilling.")).toEqual(["direction:POSITIVE"]);
  });
});

describe("the voices of an animated film are its performances", () => {
  it("reads 'the voice cast' as the performance", () => {
    // The whole voice cast: its lead and supporting players.
    expect(judge("The voice cast is fantastic.")).toEqual(["performance:POSITIVE", "supporting performance:POSITIVE"]);
  });
});

describe("how the film looks is its cinematography", () => {
  it("reads 'the film looks sensational' as cinematography, 'looks like a masterpiece' as the verdict", () => {
    expect(judge("The film looks sensational.")).toEqual(["cinematography:POSITIVE"]);
    expect(judge("It looks like a masterpiece.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("what a film is about judges nothing (subjectOfTheFilm)", () => {
  it("reads neither the verdict nor an aspect from the words of its subject", () => {
    expect(judge("It is a film about time, about the terrible freedom of having no consequences.")).toEqual([]);
    expect(verdict("It is a film about time, about the terrible freedom of having no consequences.")).not.toBe("NEGATIVE");
    expect(judge("It is a wonderful film about terrible people.")).toEqual(["overall:POSITIVE"]);
    expect(judge("It is a film about grief, but a dreary one.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("a character the film tells too little of", () => {
  it("reads 'we learn so little about them' as characterization NEGATIVE", () => {
    expect(judge("We learn so little about the brothers that their quarrel never matters.")).toContain("characterization:NEGATIVE");
  });
});

describe("a noun phrase set beside the title judges the film (apposedToTitle)", () => {
  it("reads 'in <title>, a highly entertaining comedy' as the verdict, however the sentence opens", () => {
    expect(judge("There are some small miracles happening in The Keeper, a highly entertaining comedy about a lighthouse.")).toEqual(["overall:POSITIVE"]);
    expect(judge("The Keeper, Okonjo's dreary comedy, opens on Friday.")).toEqual(["overall:NEGATIVE"]);
  });

  it("leaves an apposition that judges nothing, or that names a person, alone", () => {
    expect(judge("I saw The Keeper, a comedy about a lighthouse, on Friday.")).toEqual([]);
    expect(judge("I met the producer of The Keeper, Okonjo's good friend.")).toEqual([]);
  });
});

describe("a fault that harms the whole, or does not (harmToTheFilm)", () => {
  it("reads 'X does not diminish the film' as the film surviving its fault", () => {
    expect(judge("There are a few cookie-cutter moments, but they don't diminish the film.")).toContain("overall:POSITIVE");
    expect(judge("A few lulls never detract from the film's charm.")).toEqual(["overall:POSITIVE"]);
    const both = judge("The clumsy ending does not ruin the film.");
    expect(both).toContain("overall:POSITIVE");
    expect(both).toContain("screenplay:NEGATIVE");
  });

  it("reads 'X ruins the film' as a verdict against the whole", () => {
    expect(judge("The ending ruins the film.")).toEqual(expect.arrayContaining(["overall:NEGATIVE", "screenplay:NEGATIVE"]));
    expect(judge("The subplot mars an otherwise charming movie.")).toContain("overall:NEGATIVE");
  });
});

describe("a film the critic would cut (wishedShorter)", () => {
  it("reads a wish to lose screen time as the pacing judged NEGATIVE, not as praise", () => {
    expect(judge("This 120-minute comedy could have easily lost half an hour.")).toEqual(["pacing:NEGATIVE"]);
    expect(judge("The Keeper, at well over two hours, could lose twenty minutes.")).toEqual(["pacing:NEGATIVE"]);
    expect(judge("It could stand to lose a reel.")).toEqual(["pacing:NEGATIVE"]);
  });

  it("leaves a loss in the story alone", () => {
    expect(judge("Abel could lose his lighthouse within minutes.")).toEqual([]);
  });
});

describe("what a quality is compared with judges nothing (comparedQuality)", () => {
  it("reads 'more X than Y' by X alone", () => {
    expect(judge("The script is more dutiful than passionate.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The score is more playful than sombre.")).toEqual(["music:POSITIVE"]);
  });

  it("leaves 'more than' of a quantity alone", () => {
    expect(judge("The Keeper is more than a decade old and still a delight.")).toContain("overall:POSITIVE");
  });
});

describe("a doing repeated is a doing overdone", () => {
  it("reads 'swells and swells', 'goes on and on' as criticism", () => {
    expect(judge("The score swells and swells.")).toEqual(["music:NEGATIVE"]);
    expect(judge("The story goes on and on.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("room to breathe, and the editor's cut", () => {
  it("reads 'lets a scene breathe' as praise and its negation as criticism", () => {
    expect(judge("The editing lets every scene breathe.")).toEqual(["editing:POSITIVE"]);
    expect(judge("Okonjo cuts every sequence to the beat and never lets a scene breathe.")).toEqual(["editing:NEGATIVE"]);
    expect(judge("The script cuts between the timelines so relentlessly that neither has room to breathe.")).toContain("editing:NEGATIVE");
  });

  it("reads 'cut' as editing only when it is the editor's cut", () => {
    expect(judge("She cut to the lighthouse every few seconds, and it was clumsy.")).toContain("editing:NEGATIVE");
    expect(judge("Abel cut his hand on the rope, and it is clumsy.")).not.toContain("editing:NEGATIVE");
    expect(judge("They cut loose at the party, and it is clumsy.")).not.toContain("editing:NEGATIVE");
  });
});

describe("a clause about another work of a credited person judges that work (otherWorkStretches)", () => {
  it("reads what is said of a name's novel or show as said of it, not of the film's craft", () => {
    expect(judge("Mara Okonjo's cleverly structured 2012 novel is gripping.")).toEqual([]);
    expect(judge("Teodor Lisk's television show was slow-moving.")).toEqual([]);
  });

  it("still reads the credited person's work on this film", () => {
    expect(judge("Mara Okonjo's script is gripping.")).toContain("screenplay:POSITIVE");
  });
});

describe("a film said to run long has its pacing faulted (runsLong)", () => {
  it("reads 'runs a few minutes long' as pacing NEGATIVE beside the praise of the rest", () => {
    expect(judge("The Keeper runs a few minutes long but plays so well I stayed for the credits.")).toEqual(expect.arrayContaining(["pacing:NEGATIVE", "overall:POSITIVE"]));
    expect(judge("At 140 minutes, it runs a little too long.")).toEqual(["pacing:NEGATIVE"]);
    expect(judge("The film runs long.")).toEqual(["pacing:NEGATIVE"]);
  });

  it("does not read a long run in the story as the film's length", () => {
    expect(judge("Abel runs a long way to find Dora.")).toEqual([]);
  });
});

describe("a kind of film is no craft", () => {
  it("reads 'the worst animated movie' as a verdict, not the animation", () => {
    expect(judge("It is the worst animated movie ever.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("It is a beautifully animated film.")).toEqual(["cinematography:POSITIVE"]);
  });
});

describe("a fault frame says what follows is the fault (faultFrame)", () => {
  it("reads praise inside 'the trouble is that ...' as the fault", () => {
    expect(judge("The trouble is that Mara Okonjo has cast three wonderful actors who can't really sing.")).toContain("performance:NEGATIVE");
    expect(judge("But the real problem with the film is its gorgeous but empty score.")).toEqual(["music:NEGATIVE"]);
  });

  it("keeps 'the only problem is' a compliment's form and a problem in the story a story", () => {
    expect(judge("The only problem is that the wonderful score has to end.")).toEqual(["music:POSITIVE"]);
    expect(judge("The score is wonderful.")).toEqual(["music:POSITIVE"]);
  });

  it("reads the film named where the fault lies ('the one downside to X is ...') as no verdict, and what the frame names as the fault", () => {
    expect(judge("The one downside to The Keeper is the length.")).toEqual(["pacing:NEGATIVE"]);
    expect(judge("The only flaw in the film is the score.")).toEqual(["music:NEGATIVE"]);
    expect(judge("The only drawback is that the script is mired in cliché.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("another work's judgement is not this film's (otherWorkTokens)", () => {
  it("gives a sentence about the director's last film no sentiment", () => {
    expect(analyze("Mara Okonjo's last film, 2019's The Tide, was the best drama in years.", KEEPER).sentiment).toBe(0);
    expect(analyze("Her previous film was a masterpiece.", KEEPER).sentiment).toBe(0);
  });

  it("still reads this film beside it", () => {
    expect(judge("Unlike her previous film, this one is a triumph.")).toEqual(["overall:POSITIVE"]);
    expect(judge("Okonjo wrote the screenplay herself, and she has pared her novel down without losing its wit.")).toContain("screenplay:POSITIVE");
  });
});
