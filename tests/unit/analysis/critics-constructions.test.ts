import { analyze, judged, linked } from "./film";

// An invented film; every sentence below is invented for these tests.
const FILM = {
  title: "The Lantern Keeper",
  year: 2031,
  directors: ["Tova Brandt"],
  writers: ["Ilse Varga"],
  cast: [
    { person: "Dana Lark", character: "Pia Moss" },
    { person: "Owen Reyes", character: "Ivo Moss" },
  ],
};
const judge = (text: string) => judged(analyze(text, FILM));

describe("emphasis that is no negation", () => {
  it("reads 'not only' and 'not just' before praise as emphasis", () => {
    expect(judge("It is an explosion of not only great writing but also steady direction.")).toContain("screenplay:POSITIVE");
    expect(judge("The script is not just good, it is superb.")).toEqual(["screenplay:POSITIVE"]);
  });

  it("still reads 'not just another' before a fault as denying it", () => {
    expect(judge("The movie is not just another empty horror film.")).not.toContain("overall:NEGATIVE");
  });
});

describe("the typographic apostrophe in a negation", () => {
  it("reads 'doesn’t' as 'doesn't' in every construction", () => {
    expect(judge("It doesn’t feel long.")).toEqual(judge("It doesn't feel long."));
    expect(judge("It doesn’t lack tension.")).toEqual(judge("It doesn't lack tension."));
    expect(judge("It doesn’t feel long.")).not.toContain("pacing:NEGATIVE");
  });

  it("reads every clitic typed with it as typed with a straight one ('could’ve been great' is unmet)", () => {
    expect(judge("It could’ve been great.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("It could’ve been great.")).toEqual(judge("It could've been great."));
  });
});

describe("a rhetorical question opened by a negated auxiliary", () => {
  it("affirms what it asks", () => {
    expect(judge("Wasn't Owen Reyes superb?")).toEqual(["performance:POSITIVE"]);
    expect(judge("Isn’t it a lovely film?")).toEqual(["overall:POSITIVE"]);
    expect(judge("Doesn't it drag in the middle?")).toEqual(["pacing:NEGATIVE"]);
  });

  it("is no statement of denial: 'It isn't a lovely film.' still denies", () => {
    expect(judge("It isn't a lovely film.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("a director's credit that names the film", () => {
  it("judges the film, not the direction, in 'director X's <title> is ...'", () => {
    expect(judge("Director Tova Brandt's The Lantern Keeper is an intimate and lovely drama.")).toEqual(["overall:POSITIVE"]);
    expect(judge("Tova Brandt's The Lantern Keeper is an intimate and lovely drama.")).toEqual(["overall:POSITIVE"]);
  });

  it("judges nothing of the writer named as the source's author ('Based on the novel by X, ...')", () => {
    expect(judge("Based on the novel by Ilse Varga, The Lantern Keeper is an intimate and lovely drama.")).toEqual(["overall:POSITIVE"]);
  });

  it("takes no unstated direction or screenplay judgement from a director or writer named only in passing", () => {
    const review = [
      "Tova Brandt's The Lantern Keeper is an intimate and lovely drama.",
      "Based on the novel by Ilse Varga, it follows a keeper on a northern island.",
      "Dana Lark is wonderful as Pia.",
      "The sea looks beautiful.",
      "It is a rewarding film.",
    ].join(" ");
    expect(judge(review)).not.toContain("direction:POSITIVE");
    expect(judge(review)).not.toContain("screenplay:POSITIVE");
  });

  it("still judges the direction where the director is judged", () => {
    expect(judge("Director Tova Brandt is superb.")).toEqual(["direction:POSITIVE"]);
    expect(judge("Tova Brandt's direction is lovely.")).toEqual(["direction:POSITIVE"]);
  });
});

describe("a degree no higher of which is possible", () => {
  it("reads 'couldn't be happier' and 'couldn't be duller' as the comparative's own sense, at its highest", () => {
    expect(judge("Owen Reyes couldn't be happier playing the cad.")).toEqual(["performance:POSITIVE"]);
    expect(judge("The film couldn't be duller.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("The pacing could not have been slower.")).toEqual(["pacing:NEGATIVE"]);
    expect(judge("Owen Reyes couldn’t be happier playing the cad.")).toEqual(["performance:POSITIVE"]);
    expect(analyze("The Lantern Keeper can't get any better than this.", FILM).sentiment!).toBeGreaterThan(0.2);
  });

  it("still denies a quality that is no comparative, or that a comparison is more", () => {
    expect(judge("Owen Reyes couldn't be happy in the role.")).not.toContain("performance:POSITIVE");
    expect(judge("The film isn't better than the book.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("an adverb of fault before a run of adjectives", () => {
  it("strengthens the run when its first judging word praises", () => {
    expect(judge("The camerawork is ridiculously steady and confident.")).toEqual(["cinematography:POSITIVE"]);
  });

  it("keeps its own sense over words that judge nothing", () => {
    // Said of the film, "long" judges its length: the pacing (film-length.ts).
    expect(judge("The film is ridiculously long.")).toEqual(["pacing:NEGATIVE"]);
    expect(judge("The ending is ridiculously sudden.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("critics' idioms", () => {
  it("reads 'the hell out of' as doing a thing with force", () => {
    expect(judge("Brandt directs the absolute hell out of it.")).toContain("direction:POSITIVE");
  });

  it("reads 'not without its faults' as criticism", () => {
    expect(judge("The film is not without its faults.")).toEqual(["overall:NEGATIVE"]);
  });

  it("reads 'pulls it off' as success and its negation as failure", () => {
    expect(judge("Brandt pulls it off.")).toEqual(["direction:POSITIVE"]);
    expect(judge("The film tries to be a thriller and never pulls it off.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("a sentence goes on after an exclamation inside quotes", () => {
  it("keeps one sentence when the next word is in lowercase", () => {
    const { sentences } = analyze('The shots make you scan the screen for where the "BOO!" will come from, and the score is fantastic.', FILM);
    expect(sentences).toHaveLength(1);
    expect(analyze('Pia shouts "Run!" The score is fantastic.', FILM).sentences).toHaveLength(2);
  });
});

describe("titles of other works in brackets after a name", () => {
  it("reads no judgement in their words", () => {
    expect(judge("Directed by Tova Brandt (Crazy Rich Lovers), the film follows Pia, a lighthouse keeper.")).toEqual([]);
    expect(judge('From director Tova Brandt ("Gorgeous Trouble," "Happy Days"), the film follows Pia.')).toEqual([]);
  });

  it("keeps a credited name in brackets a name", () => {
    const result = analyze("The film follows Ivo Moss (Owen Reyes), a keeper who is superb.", FILM);
    expect(linked(result)).toEqual(expect.arrayContaining(["Person:owen-reyes"]));
  });
});

describe("the critic's own reaction is a verdict on the whole", () => {
  it("reads 'I was captivated', 'I loved it' as the overall verdict", () => {
    expect(judge("I was utterly captivated and could not look away.")).toEqual(["overall:POSITIVE"]);
    expect(judge("And I loved it.")).toEqual(["overall:POSITIVE"]);
    expect(judge("We were bored and restless.")).toEqual(["overall:NEGATIVE"]);
  });

  it("leaves a reaction to a named aspect to that aspect", () => {
    expect(judge("I loved the score.")).not.toContain("overall:POSITIVE");
  });
});

describe("cues critics use for the supporting cast and the songs", () => {
  it("reads castmates and co-stars as the supporting performances, musical numbers as the music", () => {
    expect(judge("Her castmates are wooden.")).toEqual(["supporting performance:NEGATIVE"]);
    expect(judge("The musical numbers are dazzling.")).toEqual(["music:POSITIVE"]);
  });
});

describe("what a thing is rather than what it is not", () => {
  it("reads 'a missed opportunity' as criticism", () => {
    expect(judge("The Lantern Keeper is a missed opportunity.")).toEqual(["overall:NEGATIVE"]);
  });

  it("weighs what follows 'so much as' over what precedes it", () => {
    expect(judge("The film isn't a bad movie so much as it's a missed opportunity.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("faithfulness to the facts is the depiction", () => {
  it("reads historical inaccuracies and liberties taken as the depiction's faults", () => {
    expect(judge("Another glaring problem is the film's historical inaccuracies.")).toEqual(["depiction:NEGATIVE"]);
    expect(judge("The film takes liberties with history.")).toEqual(["depiction:NEGATIVE"]);
  });
});

describe("what came of the film stands for the film", () => {
  it("reads 'the result is ...' as the verdict on the whole", () => {
    expect(judge("The result is powerfully visceral, catching us by surprise as it scares and moves us.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("an apposition after the character's name describes the character", () => {
  it("reads no judgement of the acting in it", () => {
    expect(judge("Dana Lark gives a fine performance as Pia Moss, a woman struggling for money and sick with worry.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads no judgement of the acting in a relative clause on the character ('plays X, who ...')", () => {
    expect(judge("Dana Lark plays Pia Moss, who sent a man to death row after the rape and murder of her mother.")).toEqual([]);
    expect(judge("Dana Lark plays Pia Moss, who lies and cheats, with ferocious conviction.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads the further predicates of a relative clause in the apposition as the character's too", () => {
    expect(judge("Dana Lark plays Pia Moss, a woman who runs a bar, has a flirty chat with a cute sailor (Owen Reyes) and comes home to find her rich, beautiful husband gone.")).toEqual([]);
  });

  it("still reads an apposition that names the part", () => {
    expect(judge("Dana Lark is superb as Pia Moss, a role she was born to play.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("a craft's noun as a thing done in the story", () => {
  it("reads 'make a sound', 'fires a shot' as the story, not the sound design or the cinematography", () => {
    expect(judge("It has a brilliantly simple pitch: if you make a sound, you die.")).not.toContain("sound design:POSITIVE");
    expect(judge("The sound is superb.")).toEqual(["sound design:POSITIVE"]);
  });
});

describe("who a character is, said around the actor's name", () => {
  it("reads the part a verb of playing names as the character", () => {
    expect(judge("Owen Reyes deserves a mention for portraying a keeper who is alternately menacing and pathetic.")).not.toContain("performance:NEGATIVE");
  });
});

describe("an actor named in an apposition to a performer's noun", () => {
  it("judges that actor's performance", () => {
    expect(judge("The newcomer, Dana Lark, is hilarious as the keeper.")).toEqual(["performance:POSITIVE", "humour:POSITIVE"]);
  });
});

describe("words critics use in passing", () => {
  it("reads 'yes' as a discourse marker and 'juvenile' humour as a fault", () => {
    expect(judge("And yes, the humour is somewhat juvenile at points.")).toEqual(["humour:NEGATIVE"]);
  });

  it("reads a pronoun and a copula with adverbs between as the film", () => {
    expect(judge("It certainly isn't that great.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("the adjectives of the part a verb of playing names", () => {
  it("judge the playing", () => {
    expect(judge("Owen Reyes portrays a wonderfully loathsome banker.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("idioms of certainty", () => {
  it("reads 'no doubt' as certainty, not as a negation of what follows", () => {
    expect(judge("Tova Brandt is a gifted director who will no doubt be charming audiences for years.")).toEqual(["direction:POSITIVE"]);
    expect(judge("The film is, without a doubt, wonderful.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("adverbs of manner the lexicons lack", () => {
  it("reads an -ly adverb with its adjective's valence", () => {
    expect(judge("The film is clumsily directed.")).toEqual(["direction:NEGATIVE"]);
    expect(judge("The script is ineptly plotted.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("Skilfully adapted by Ilse Varga, the film is a study of exile.")).toContain("screenplay:POSITIVE");
  });

  it("gives no valence to adverbs of respect or stance", () => {
    expect(judge("Emotionally, the script asks a lot of its audience.")).toEqual([]);
  });
});

describe("the writers as the screenplay", () => {
  it("reads a screenwriter as the writing", () => {
    expect(judge("The screenwriter is lazy.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("Her screenwriting is sharp.")).toEqual(["screenplay:POSITIVE"]);
  });
});

describe("phrases that deny the quality after them", () => {
  it("reads 'anything but' and 'far from' as negation", () => {
    expect(judge("The film is anything but boring.")).toEqual(["overall:POSITIVE"]);
    expect(judge("The film is anything but a masterpiece.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("The script is far from boring.")).toEqual(["screenplay:POSITIVE"]);
    expect(judge("The film is far from perfect.")).toEqual(["overall:NEGATIVE"]);
  });

  it("reads a closing 'anything but' as denying the quality said before it", () => {
    expect(judge("I know the premise sounds a bit bland, but this film is anything but.")).toEqual(["screenplay:NEGATIVE", "overall:POSITIVE"]);
  });

  it("reads 'nothing but' as emphasis and 'all but' as 'almost'", () => {
    expect(judge("The acting is nothing but superb.")).toEqual(["performance:POSITIVE", "supporting performance:POSITIVE"]);
    expect(judge("The film is all but unwatchable.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("a relative clause on a person of the story", () => {
  it("describes the person, not the film", () => {
    expect(judge("Directed by Tova Brandt, the film centers on a teenager who doesn't feel special around her family.")).toEqual([]);
    expect(judge("The film follows a woman who is lonely and bitter.")).toEqual([]);
  });

  it("ends where the sentence's own verb resumes, and leaves the words for a part to judge the writing", () => {
    expect(judge("Dana Lark plays a woman who is lonely, and she is superb.")).toEqual(["performance:POSITIVE"]);
    expect(judge("A woman who lost her job is the superb heart of the film.")).toEqual(["overall:POSITIVE"]);
    expect(judge("The script gives us a protagonist who is dull and a villain who is worse.")).toContain("screenplay:NEGATIVE");
  });
});

describe("crafts coordinated as the subject", () => {
  it("judges each craft the subject lists", () => {
    expect(judge("The cinematography and editing are superb.").sort()).toEqual(["cinematography:POSITIVE", "editing:POSITIVE"]);
    expect(judge("The music and the sound design are superb.").sort()).toEqual(["music:POSITIVE", "sound design:POSITIVE"]);
  });

  it("leaves a noun after 'of' to the head it belongs to", () => {
    expect(judge("The story of a man and his dog is dull.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("a 'but' without a comma before a new clause", () => {
  it("ends the first clause's predicate", () => {
    expect(judge("The acting is great but the editing is sloppy.").sort()).toEqual(["editing:NEGATIVE", "performance:POSITIVE", "supporting performance:POSITIVE"]);
  });

  it("keeps one predicate when no new subject follows", () => {
    expect(judge("The script is slow but rewarding.")).toHaveLength(1);
  });
});

describe("swearing as emphasis", () => {
  it("reads 'bloody' and 'damn' before a judging word as strengthening it", () => {
    expect(judge("And it goes without saying, it's bloody gorgeous.")).toEqual(["overall:POSITIVE"]);
    expect(judge("The script is damn good.")).toEqual(["screenplay:POSITIVE"]);
  });
});

describe("a yes-no question", () => {
  it("judges nothing: the review answers it", () => {
    const asked = analyze("Is it worth watching?", FILM);
    expect(judged(asked)).toEqual([]);
    expect(asked.sentiment).toBe(0);
    expect(judge("Does the script hold up?")).toEqual([]);
  });

  it("still judges when rhetorical", () => {
    expect(judge("Is there a more purely lovely film this year?")).toEqual(["overall:POSITIVE"]);
  });
});

describe("idioms of expectation", () => {
  it("reads 'no surprise that' as certainty, and 'no surprises' as the fault it is", () => {
    expect(judge("It is no surprise that the film won.")).toEqual([]);
    expect(judge("The plot holds no surprises.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("what befalls the character a verb of playing names", () => {
  it("describes the character after the name", () => {
    expect(judge("Owen Reyes plays Ivo, also frozen in time, and even less grateful about the whole mess.")).toEqual([]);
  });

  it("leaves a judgement of the playing after the name alone", () => {
    expect(judge("Owen Reyes plays Ivo, trapped in a loop, and he is wonderful.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("the credit 'played by'", () => {
  it("judges nothing", () => {
    expect(judge("Pia, played by Dana Lark, accidentally draws her brother into a feud.")).toEqual([]);
  });

  it("still lets a manner or a judging word in the credit judge the playing", () => {
    expect(judge("Pia, played wonderfully by Dana Lark, draws her brother into a feud.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("fun and chemistry", () => {
  it("reads 'fun' as praise and chemistry as acting", () => {
    expect(judge("The film is fun.")).toEqual(["overall:POSITIVE"]);
    expect(judge("Dana Lark shares genuine chemistry with Owen Reyes.")).toEqual(["performance:POSITIVE"]);
    expect(judge("The leads have no chemistry.")).toEqual(["performance:NEGATIVE"]);
  });
});

describe("a film its actor-director owns", () => {
  // An invented film whose director also acts in it, under a surname that is also a verb.
  const FILM_BY_ITS_STAR = {
    title: "The Barrel Maker",
    year: 2030,
    directors: ["Ada Cooper"],
    cast: [
      { person: "Lena Marsh", character: "Iris" },
      { person: "Ada Cooper", character: "Ruth" },
    ],
  };
  const judgeStar = (text: string) => judged(analyze(text, FILM_BY_ITS_STAR));

  it("reads what is said of the actor's film as said of the film, not of the acting", () => {
    expect(judgeStar("Ada Cooper's second film is a stunning drama.")).toEqual(["overall:POSITIVE"]);
    expect(judgeStar("Lena Marsh's latest movie is a stunning drama.")).toEqual(["overall:POSITIVE"]);
  });

  it("still reads the actor said to be good as the acting", () => {
    expect(judgeStar("Ada Cooper is superb as Ruth.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("'great' that is no praise", () => {
  it("reads a capitalized word inside a proper name as the name", () => {
    expect(judge("The cinematography captures the Great Plains.")).toEqual([]);
  });

  it("reads 'a great deal', 'the great beyond' and 'great pains' as no judgement", () => {
    expect(judge("The script sends him to the great beyond.")).toEqual([]);
    expect(analyze("The script spends a great deal of time on the farm.", FILM).sentiment).toBe(0);
    expect(analyze("The film takes great pains to explain its rules.", FILM).sentiment).toBe(0);
  });

  it("still reads 'Great' opening a sentence as praise", () => {
    expect(judge("Great cinematography, too.")).toEqual(["cinematography:POSITIVE"]);
  });
});

describe("'never seen before' as novelty", () => {
  it("keeps its negation to itself, not the praise that follows", () => {
    expect(judge("The set pieces are on a scale I have never seen before and feature amazing cinematography and music.").sort()).toEqual(
      expect.arrayContaining(["cinematography:POSITIVE", "music:POSITIVE"]),
    );
    expect(judge("The set pieces are on a scale I have never seen before and feature amazing cinematography and music.")).not.toContain("cinematography:NEGATIVE");
  });
});

describe("'made-up' and 'make-up'", () => {
  it("reads the made-up performance as the performance, the make-up as the production design", () => {
    expect(judge("It is anchored by two commanding and heavily made-up performances.")).toEqual(["performance:POSITIVE"]);
    expect(judge("The make-up is superb.")).toEqual(["production design:POSITIVE"]);
  });
});

describe("critics' idioms of a poor part and an unfinished script", () => {
  it("reads 'a sorry excuse for' as criticism, and 'leading man' as no praise", () => {
    expect(judge("Owen Reyes seems a sorry excuse for a leading man.")).toEqual(["performance:NEGATIVE"]);
  });

  it("reads a script that 'needed an overhaul' or 'needs a rewrite' as faulted", () => {
    expect(judge("The connect-the-dots screenplay really needed an overhaul.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The script needs a rewrite.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("reads a leading lady as the lead performance", () => {
    expect(judge("The film is lifted by an appealing leading lady.")).toContain("performance:POSITIVE");
  });
});

describe("a sequel's critics' words", () => {
  it("reads 'this one' before a copula as the film", () => {
    expect(judge("This one is a mess.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("This one seems generic.")).toEqual(["overall:NEGATIVE"]);
  });

  it("reads a film that 'doesn't need to exist' and plot holes as faults", () => {
    expect(judge("Another horror sequel that doesn't need to exist.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("The second movie has atrocious effects work and a lot of plot holes.")).toContain("screenplay:NEGATIVE");
  });

  it("reads 'could care less' as 'couldn't care less'", () => {
    expect(analyze("You could care less about a single character.", FILM).sentiment).toBeLessThan(-0.2);
    expect(analyze("I couldn't care less about the characters.", FILM).sentiment).toBeLessThan(-0.2);
  });
});

describe("a likeness told as a clause", () => {
  it("pictures the story's world, and gives no verdict", () => {
    expect(judge("It's like everyday life is a hellish library where the penalty for talking is death.")).toEqual([]);
  });

  it("still judges a likeness to a thing or an activity", () => {
    expect(judge("It is like a fairy tale that went horribly wrong.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("It's like watching paint dry.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("an opinion the review reports as someone else's", () => {
  it("is not the critic's judgement", () => {
    expect(judge("Critics have argued that the script is clumsy.")).toEqual([]);
    expect(judge("Dana Lark has since complained that the film is unfair.")).toEqual([]);
  });

  it("ends where the critic's own clause begins", () => {
    // "it" stands for the script the contrasted clause names (2.53.0; before, the film).
    expect(judge("Critics have argued that the script is clumsy, but it is superb.")).toEqual(["screenplay:POSITIVE"]);
    expect(judge("Critics have argued that the film is clumsy, but it is superb.")).toEqual(["overall:POSITIVE"]);
  });

  it("leaves the critic's own 'I think that' a judgement", () => {
    expect(judge("I think that the script is clumsy.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("names, epithets and critics' advice that judge nothing", () => {
  const sentiment = (text: string) => analyze(text, FILM).sentiment;

  it("reads every capitalized word of a name run as the name", () => {
    expect(sentiment("It debuted at the Toronto International Film Festival last month.")).toBe(0);
  });

  it("reads 'great' before a name as an epithet, not praise of the playing", () => {
    expect(judge("Pia idolizes the late great Ivo Moss (Owen Reyes), who died young.")).toEqual([]);
    expect(judge("Pia (played by Broadway great Dana Lark) hurls an icicle at Ivo.")).toEqual([]);
  });

  it("reads advice to the viewer as no verdict", () => {
    expect(sentiment("It's probably best you know as little as possible.")).toBe(0);
    expect(sentiment("It's best to go in blind.")).toBe(0);
  });

  it("reads 'didn't want it to end' as praise and 'wanted it to end' as its opposite", () => {
    expect(sentiment("I didn't want it to end.")).toBeGreaterThan(0);
    expect(sentiment("By the last hour I wanted it to end.")).toBeLessThan(0);
  });

  it("reads degree adverbs as no judgement and a gratuitous length as a fault", () => {
    expect(judge("The film noticeably struggles, even with a gratuitous running time of two and a half hours.")).toEqual(["pacing:NEGATIVE"]);
  });

  it("keeps a length said in passing out of the sentence's verdict", () => {
    expect(sentiment("The Lantern Keeper runs a few minutes long but plays so well I stayed for the credits.")).toBeGreaterThan(0.3);
  });
});

describe("an exclamation's noun is said of its subject", () => {
  it("reads 'what a ... disappointment' as the verdict it is, an intensifying adjective included", () => {
    expect(judge("What a true disappointment this film was.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("It was a total joy.")).toEqual(["overall:POSITIVE"]);
  });

  it("keeps an intensifying adjective before a word that judges nothing as it was", () => {
    expect(analyze("The film is based on a true story.", FILM).sentiment).toBe(0);
  });
});

describe("how much the film gives to like", () => {
  it("reads plenty to like as praise and little to like as criticism", () => {
    expect(judge("There is so much to love about this film.")).toEqual(["overall:POSITIVE"]);
    expect(judge("There is a lot to admire here.")).toEqual(["overall:POSITIVE"]);
    expect(judge("There is little to recommend it.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("There is not much to enjoy.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("There is nothing to dislike about it.")).toEqual(["overall:POSITIVE"]);
  });

  it("leaves what a character has to lose or learn alone", () => {
    expect(judge("Pia has a lot to lose, and so much to learn.")).toEqual([]);
  });
});

describe("a fault said to harm a quality", () => {
  it("reads the quality harmed as lost, not given", () => {
    // "intriguing" praises the plot it is said of (a critics' word since 2.131.0); the enjoyment harmed gives no praise.
    expect(judge("While the plot was intriguing, the slow pacing detracted from my overall enjoyment of it.")).toEqual(["screenplay:POSITIVE", "pacing:NEGATIVE"]);
    expect(judge("The score spoils the fun.")).toEqual(["music:NEGATIVE"]);
  });

  it("keeps the quality when the harm is denied", () => {
    expect(analyze("It never spoils the fun.", FILM).sentiment).toBeGreaterThan(0);
  });
});

describe("expectations met or not", () => {
  it("reads living up to the hype, or not, as a verdict on the film", () => {
    expect(judge("The film lives up to the hype.")).toEqual(["overall:POSITIVE"]);
    expect(judge("It didn’t quite live up to my expectations.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("The Lantern Keeper is decent, but it never lives up to its potential.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("an opening phrase that restricts a verdict to one craft", () => {
  it("reads the verdict as a judgement of the craft it names", () => {
    expect(judge("From a production stand point, this film is flawless.")).toEqual(["production design:POSITIVE"]);
    expect(judge("Visually, the film is stunning.")).toEqual(["cinematography:POSITIVE"]);
    expect(judge("Story-wise, the film is thin.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("reads craft in general as no verdict on the whole", () => {
    expect(judge("Technically, the film is flawless.")).toEqual([]);
  });

  it("keeps an opening of time or summing up as a verdict", () => {
    expect(judge("Ultimately, the film is a triumph.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("what the critic felt before seeing the film", () => {
  it("judges nothing, an idiom included", () => {
    expect(judge("When The Lantern Keeper was first announced, I wasn’t too terribly excited about it.")).toEqual([]);
    expect(judge("The concept didn’t really grab me at first.")).toEqual([]);
  });
});

describe("a verdict given by how funny the film is", () => {
  it("judges the humour as well", () => {
    expect(judge("The Lantern Keeper is the funniest film of the year.")).toEqual(["overall:POSITIVE", "humour:POSITIVE"]);
    expect(judge("It is an unfunny mess.")).toEqual(["overall:NEGATIVE", "humour:NEGATIVE"]);
  });

  it("leaves a verdict without a word of humour alone", () => {
    expect(judge("It is a triumph.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("critics' words the general lexicons lack", () => {
  it("reads them with the critic's sense", () => {
    expect(judge("Dana Lark and Owen Reyes are priceless in their parts.")).toEqual(["performance:POSITIVE"]);
    expect(judge("The script is inane.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("urging the reader and emphatic 'no less than'", () => {
  it("reads 'you need to see this film' as a verdict, not 'you need to see how bad it is'", () => {
    expect(judge("You need to see this film.")).toEqual(["overall:POSITIVE"]);
    expect(judge("You have to see how bad it is.")).not.toContain("overall:POSITIVE");
    expect(judge("You don't need to see it.")).not.toContain("overall:POSITIVE");
  });

  it("reads 'no less than' and 'nothing less than' as emphasis, not negation", () => {
    expect(judge("It is no less than a triumph.")).toEqual(["overall:POSITIVE"]);
    expect(judge("It is nothing less than a triumph.")).toEqual(["overall:POSITIVE"]);
  });
});

describe("the least of a quality, and an adjective the tagger reads as a verb", () => {
  it("reads 'the least interesting' as a fault, and 'at least' as no lowering", () => {
    expect(judge("It is the least interesting movie of the year.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("At least it is interesting.")).not.toContain("overall:NEGATIVE");
  });

  it("reads 'the soundtrack is very cool' as praise of the music", () => {
    expect(judge("The soundtrack is very cool.")).toEqual(["music:POSITIVE"]);
  });
});

describe("what a craft renders, and everyone's acting", () => {
  it("reads what a craft captures or conveys as content, not as a fault", () => {
    expect(judge("Her use of music captures the pain and essence of the time.")).not.toContain("music:NEGATIVE");
    expect(judge("The score perfectly conveys the horror and grief of the era.")).toEqual(["music:POSITIVE"]);
  });

  it("reads the acting or the performances, with no one named, as the whole cast's", () => {
    expect(judge("The acting is superb on all fronts.")).toEqual(["performance:POSITIVE", "supporting performance:POSITIVE"]);
    expect(judge("His acting is superb.")).toEqual(["performance:POSITIVE"]);
  });
});

describe("praise in scare quotes", () => {
  it("reads a praising word alone between quotes as the critic's irony", () => {
    expect(judge("That’s the “hilarious” insight Tova Brandt wants to impart.")).not.toContain("direction:POSITIVE");
    expect(analyze("That’s the “hilarious” insight of the film.", FILM).sentiment).toBeLessThanOrEqual(0);
  });
});

describe("what the film is about", () => {
  it("reads the subject matter after 'is about' as no verdict, a listed struggle included", () => {
    expect(judge("It’s about letting go of the past, starting over, and struggling to fit in.")).toEqual([]);
    expect(judge("The film is about struggling.")).toEqual([]);
  });

  it("still reads a verdict in a clause of its own, and 'about as exciting as'", () => {
    expect(judge("The film is about loss, but it is a mess.")).toEqual(["overall:NEGATIVE"]);
    expect(judge("The film is struggling.")).toEqual(["overall:NEGATIVE"]);
  });
});

describe("the casting judged", () => {
  it("reads the casting as the acting of whom the sentence names, or of the whole cast", () => {
    expect(judge("Sturdy casting helps, from Lark’s dependable solidity to Reyes’s restraint.")).toEqual(["performance:POSITIVE"]);
    expect(judge("The casting is perfect.")).toEqual(["performance:POSITIVE", "supporting performance:POSITIVE"]);
  });
});
