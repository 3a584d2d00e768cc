import { analyze, judged } from "./film";
import { verdictOf } from "../../../src/graphql/verdict";
import { wordValence } from "../../../src/ingest/analysis/lexicon";

const SOUND_OF_METAL = { title: "Sound of Metal", year: 2019, cast: [{ person: "Riz Ahmed", character: "Ruben Stone" }, { person: "Olivia Cooke", character: "Lou" }] };
const judge = (text: string) => judged(analyze(text, SOUND_OF_METAL));

describe("aspect polarity read the way a critic writes", () => {
  it("reads praise and criticism of named aspects", () => {
    expect(judge("The cinematography is gorgeous.")).toEqual(["cinematography:POSITIVE"]);
    expect(judge("The editing is choppy and confusing.")).toEqual(["editing:NEGATIVE"]);
  });

  it("follows contrast: what comes after 'but' is what the critic means", () => {
    expect(judge("Visually, the movie isn't flashy, but its naturalistic cinematography fits the story perfectly.")).toEqual([
      "cinematography:POSITIVE",
    ]);
    expect(judge("The score is lovely, but the editing is choppy.")).toEqual(["music:POSITIVE", "editing:NEGATIVE"]);
  });

  it("reads what the film becomes after 'at first', 'for a while' ... 'then' as what the critic means", () => {
    expect(judge("The score is lovely at first, then grating.")).toEqual(["music:NEGATIVE"]);
    expect(judge("The score is dull for a while and then thrilling.")).toEqual(["music:POSITIVE"]);
    expect(judge("Then the score swells, and it is lovely.")).toEqual(["music:POSITIVE"]);
  });

  it("reads 'he', or 'his' before a performer's voice or face, after 'but' as the actor the sentence's first clause is about", () => {
    expect(judge("Riz Ahmed is good, but he is monotonous.")).toEqual(["performance:NEGATIVE"]);
    expect(judge("Riz Ahmed plays the drums beautifully, but his singing voice is thin.")).toEqual(["performance:NEGATIVE"]);
    expect(judge("Riz Ahmed is fine, but his landlord is a bore.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads a concessive clause as the lesser part", () => {
    expect(judge("And although Lou is compelling, I wish we got a bit more of her point of view.")).toEqual(["characterization:NEGATIVE"]);
  });

  it("reads a loss denied ('without losing', 'never sacrifices') as keeping what would be lost", () => {
    expect(judge("The script pares the novel down without losing its wit.").sort()).toEqual(["humour:POSITIVE", "screenplay:POSITIVE"]);
    expect(judge("The script is never funny.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("reads a fault avoided ('avoids the clichés', 'sidesteps sentimentality', 'licks the problem') as praise, and a fault not avoided as a fault", () => {
    expect(judge("The script avoids the usual clichés.")).toEqual(["screenplay:POSITIVE"]);
    expect(judge("The script doesn't avoid the usual clichés.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The direction sidesteps the sentimentality the premise invites.")).toEqual(["direction:POSITIVE"]);
    expect(judge("The director licks the problem of how to film silence.")).toEqual(["direction:POSITIVE"]);
    // Solving verbs avoid only a difficulty named as such.
    expect(judge("The script fixes nothing and the direction overcomes a weak premise.")).not.toContain("direction:POSITIVE");
  });

  it("reads what a comparative sets aside after 'than' as judging nothing ('closer to X than to conventional drama')", () => {
    expect(judge("The direction is closer to a documentary than to clumsy melodrama.")).toEqual([]);
    expect(judge("The score is better than the dreadful one of the first film.")).toEqual(["music:POSITIVE"]);
  });

  it("reads what happens in a scene the sentence names as the story, not a judgement ('the opening scene where ...')", () => {
    expect(judge("From the opening scene where Ruben's hearing fails in a burst of panic and dread, to the final shot, this is a classic.")).toEqual(["overall:POSITIVE"]);
    expect(judge("The scene in which Ruben smashes his drum kit in despair and rage is brilliantly acted.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads a hyphenated word the lexicons write as one ('stand-out'), and 'best friend' and 'dead end' as no judgement", () => {
    expect(judge("Olivia Cooke is a stand-out.")).toEqual(["performance:POSITIVE"]);
    expect(judge("Olivia Cooke is a stand-out as the woman who must pretend she's his best friend, and you can see the lie wear on her.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads an adjective before a name of no one credited ('the lukewarm Panic Room') as judging that other thing", () => {
    expect(judge("After the lukewarm Panic Room, the direction is back to business.")).not.toContain("direction:NEGATIVE");
    expect(judge("The brilliant Riz Ahmed holds the film together.")).toContain("performance:POSITIVE");
  });

  it("names crafts critics judge constantly: action staging (direction), voicework, footage, an underused cast (characterization)", () => {
    expect(judge("The stunt sequences and choreography are flawless.")).toEqual(["direction:POSITIVE"]);
    expect(judge("The voicework is stellar.")).toEqual(["performance:POSITIVE"]);
    expect(judge("The crew delivers some incredible footage.")).toEqual(["cinematography:POSITIVE"]);
    expect(judge("Riz Ahmed is superb, but the rest of the cast is sadly underused.").sort()).toEqual(["characterization:NEGATIVE", "performance:POSITIVE"]);
    expect(judge("The film is well-written and smart.")).toContain("screenplay:POSITIVE");
  });

  it("reads a judgement of a stretch of the film ('the first half is amusing') as the writing, not the pacing", () => {
    expect(judge("The first half is clever and surprising.")).toEqual(["screenplay:POSITIVE"]);
    expect(judge("The first hour drags.")).toEqual(["pacing:NEGATIVE"]);
  });

  it("reads what the film is said to lack ('has almost no story', 'lacks much mystery') as that craft's fault, and a lack denied as praise", () => {
    expect(judge("It has almost no story.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("It has no scenes of real menace.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The film doesn't lack wit.")).toEqual(["humour:POSITIVE"]);
    expect(judge("Ruben has no family.")).toEqual([]);
  });

  it("reads the clause after 'the downside is that' with its own subject, and critics' idioms of a story that dies ('fizzles out')", () => {
    expect(judge("The downside is that the story fizzles out.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The trouble is that the score never lets up.")).toEqual(["music:NEGATIVE"]);
  });

  it("reads what an actor's clause says of their mark, chops or presence as the acting ('makes a nice mark')", () => {
    expect(judge("Olivia Cooke makes a nice mark in a few scenes as a double-crossing drummer.")).toEqual(["performance:POSITIVE"]);
    expect(judge("Olivia Cooke shows impressive chops.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads a film that feels long ('feels painfully longer', 'feels like three hours') as a fault of the pacing", () => {
    expect(judge("It feels much longer than it is.")).toEqual(["pacing:NEGATIVE"]);
    expect(judge("At 90 minutes, it feels like three hours.")).toEqual(["pacing:NEGATIVE"]);
    expect(judge("It never feels long.")).not.toContain("pacing:NEGATIVE");
    expect(judge("Ruben feels a long way from home.")).toEqual([]);
  });

  it("reads the film likened to a classic of its kind ('the JFK of serial killer movies') as a verdict on the whole", () => {
    expect(judge("Sound of Metal is the JFK of deafness movies.")).toEqual(["overall:POSITIVE"]);
    expect(judge("It is the Citizen Kane of bad movies.")).not.toContain("overall:POSITIVE");
  });

  it("reads 'not without problems' as problems had, and a hyphen set off by spaces as a dash between clauses", () => {
    expect(judge("The film is not without some major problems - Riz Ahmed is as wooden as ever.").sort()).toEqual(["overall:NEGATIVE", "performance:NEGATIVE"]);
    expect(judge("The score is not without charm.")).toEqual(["music:POSITIVE"]);
  });


  it("reads the adjectives after 'stars as a' as the character's", () => {
    expect(judge("Olivia Cooke stars as a brilliant, charming and fiendish drummer who runs the band.")).toEqual([]);
    expect(judge("Olivia Cooke is terrific as a charming drummer.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads 'on the other hand' as no judgement", () => {
    expect(judge("Riz Ahmed, on the other hand, plays the leader of a touring band.")).toEqual([]);
  });

  it("reads 'scared out of his wits' as fear, not wit", () => {
    expect(judge("Riz Ahmed spends most of the movie scared out of his wits.")).not.toContain("humour:POSITIVE");
  });

  it("reads 'the only drawback is that the film ...' as one lesser fault, not a verdict on the whole", () => {
    expect(judge("The only drawback is that the film is mired in the clichés it mocks.")).not.toContain("overall:NEGATIVE");
    expect(judge("The problem is that the film is boring.")).toEqual(["overall:NEGATIVE"]);
  });

  it("reads the clause after a frame of certainty, and a contracted 'one's' as 'one is', as the verdict", () => {
    expect(judge("But there's little denying that, as action movies go, this one's up there with the very best of the lot.")).toEqual(["overall:POSITIVE"]);
    expect(judge("There is no doubt that the film is a triumph.")).toEqual(["overall:POSITIVE"]);
  });

  it("reads what is not overcome ('doesn't survive the tiresome gags') as keeping its own sense", () => {
    expect(judge("Riz Ahmed is terrific, but even he doesn't always survive the tiresome gags.").sort()).toEqual(["humour:NEGATIVE", "performance:POSITIVE"]);
    expect(judge("The script doesn't have good jokes.")).toEqual(["humour:NEGATIVE"]);
  });

  it("follows negation", () => {
    expect(judge("The ending didn't quite land for me.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The score isn't quite working.")).toEqual(["music:NEGATIVE"]);
    expect(judge("The way the film handles the deaf community never feels patronizing.")).toEqual(["depiction:POSITIVE"]);
  });

  it("reads 'none' and 'nobody' as negators, but not in 'second to none' or 'none other than'", () => {
    expect(judge("None of the jokes land.")).toEqual(["humour:NEGATIVE"]);
    expect(judge("The score is second to none.")).toEqual(["music:POSITIVE"]);
    expect(judge("The film stars none other than the great Riz Ahmed.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads a fault denied only by comparison as no praise, and 'nowhere near' as a negator", () => {
    expect(analyze("It is not as cynically terrible as the first film.", SOUND_OF_METAL).sentiment).toBe(0);
    expect(analyze("The first half hour is actually less than terrible.", SOUND_OF_METAL).sentiment).toBe(0);
    expect(judge("The score is less than compelling.")).toEqual(["music:NEGATIVE"]);
    expect(judge("The score is not as good as the first film's.")).toEqual(["music:NEGATIVE"]);
    expect(judge("The ending is nowhere near as much fun as it thinks.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("reads 'if not the worst' as an escalation and 'or anything' as the negation carried on", () => {
    expect(verdictOf(analyze("It is one if not the worst film of the year.", SOUND_OF_METAL).sentiment!)).toBe("NEGATIVE");
    expect(verdictOf(analyze("It is one of the best, if not the best, films of the year.", SOUND_OF_METAL).sentiment!)).toBe("POSITIVE");
    expect(judge("The plot is generic and nothing fun happens or anything worthy.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("ends a negation where a conjunction opens a clause with its own subject and verb", () => {
    expect(judge("The jokes weren't funny and most of the dialogue was cringe-inducing.")).not.toContain("screenplay:POSITIVE");
    expect(judge("The jokes weren't funny and most of the dialogue was cringe-inducing.")).toContain("humour:NEGATIVE");
    expect(judge("The score doesn't soar or thrill.")).toEqual(["music:NEGATIVE"]);
  });

  it("keeps the direction of a hedged judgement", () => {
    expect(judge("The pacing drags a little in the third act.")).toEqual(["pacing:NEGATIVE"]);
    expect(judge("The quieter moments of the third act feel slightly stretched.")).toEqual(["pacing:NEGATIVE"]);
  });

  it("knows that a harrowing, frightening or devastating performance is praise", () => {
    expect(judge("Riz Ahmed gives a harrowing performance.")).toEqual(["performance:POSITIVE"]);
    expect(judge("Ahmed is frightening as Ruben.")).toEqual(["performance:POSITIVE"]);
    expect(judge("It is a devastating performance.")).toEqual(["performance:POSITIVE"]);
  });

  it("reads 'too' before a judging word as excess, even with a hedge", () => {
    // An act that leans on sentiment is the story's part (the screenplay), not its length.
    expect(judge("The third act leans a little too hard on sentiment.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The ending is too neat.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("reads an actor praised in plain words as a judged performance, not a verdict on the film", () => {
    expect(judge("Ahmed is magnificent as a drummer and classics enthusiast.")).toEqual(["performance:POSITIVE"]);
  });

  it("knows that the pacing dragging is criticism", () => {
    expect(judge("The pacing drags.")).toEqual(["pacing:NEGATIVE"]);
  });

  it("does not judge an aspect the sentence only names", () => {
    expect(judge("The sound design was done in a studio in Brooklyn.")).toEqual([]);
    expect(judge("It is a film about music.")).toEqual([]);
  });

  it("reads a supporting actor's performance as the supporting performance", () => {
    const film = { title: "Whiplash", year: 2014, cast: [{ person: "Miles Teller", character: "Andrew" }, { person: "J.K. Simmons", character: "Fletcher" }, { person: "Paul Reiser", character: "Jim" }] };
    expect(judged(analyze("Paul Reiser is wonderful as Jim.", film))).toEqual(["supporting performance:POSITIVE"]);
    expect(judged(analyze("Miles Teller is wonderful as Andrew.", film))).toEqual(["performance:POSITIVE"]);
  });
});

describe("critics' words the general lexicons lack (criticism-lexicon.json craftValence)", () => {
  it("reads plain words of criticism and praise the general lexicons leave at zero", () => {
    expect(judge("The plot is obvious and the score is loud.")).toEqual(["screenplay:NEGATIVE", "music:NEGATIVE"]);
    expect(judge("The editing is chopped and the dialogue is inaudible.")).toEqual(["editing:NEGATIVE", "screenplay:NEGATIVE"]);
    expect(judge("The script has real wit and invention.").sort()).toEqual(["humour:POSITIVE", "screenplay:POSITIVE"]);
  });

  it("reads critics' set phrases (craftPhrases)", () => {
    expect(judge("The plot is strictly by the numbers.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("This one is up there with the very best of the lot.")).toEqual(["overall:POSITIVE"]);
    expect(judge("While the film is showing, your eyes will be glued to the screen.")).toEqual(["overall:POSITIVE"]);
    expect(judge("With precious little characterisation, it relies on brilliantly shot set pieces.").sort()).toEqual(["characterization:NEGATIVE", "cinematography:POSITIVE", "direction:POSITIVE"]);
  });

  it("reads their sense of a craft", () => {
    expect(judge("The dialogue is stilted and preachy.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The score is cloying.")).toEqual(["music:NEGATIVE"]);
    expect(judge("The editing is adroit, and the cinematography is enthralling.")).toEqual(["editing:POSITIVE", "cinematography:POSITIVE"]);
  });
});

describe("a superlative keeps its strength (wordValence)", () => {
  it("rates 'finest' above the critic's sense of its lemma 'fine'", () => {
    const fine = wordValence("fine", "fine", true).value;
    expect(wordValence("finest", "fine", true).value).toBeGreaterThan(fine + 1);
    expect(wordValence("finest", "fine", true).critical).toBe(true);
  });
});

describe("critics' adverbs of how the images were made (criticism-lexicon.json craftValence)", () => {
  it("reads 'stunningly drawn', 'colorfully shot' as the cinematography praised", () => {
    expect(judge("The world is stunningly drawn.")).toEqual(["cinematography:POSITIVE"]);
    expect(judge("The city is colorfully shot.")).toEqual(["cinematography:POSITIVE"]);
  });

  it("keeps a bad adverb before praise a booster ('achingly beautiful')", () => {
    expect(judge("The score is achingly beautiful.")).toEqual(["music:POSITIVE"]);
  });
});

describe("a cue noun that measures what an 'of' phrase names is no cue ('lines of men')", () => {
  it("reads 'the endless lines of men' as no dialogue, and 'lines of dialogue' as the screenplay", () => {
    expect(judge("The endless lines of men on the beach are stunning.")).toEqual([]);
    expect(judge("The lines of dialogue are clunky.")).toEqual(["screenplay:NEGATIVE"]);
  });
});

describe("a word that names the screenplay only as the subject of a clause (aspects.json subjectNouns)", () => {
  it("reads 'the story' judged as its subject as the screenplay", () => {
    expect(judge("The story is clumsy and confused.")).toEqual(["screenplay:NEGATIVE"]);
    expect(judge("The storyline is thin and predictable.")).toEqual(["screenplay:NEGATIVE"]);
  });

  it("does not read it as an object or after a preposition", () => {
    expect(judge("The cinematography fits the story perfectly.")).toEqual(["cinematography:POSITIVE"]);
  });
});
