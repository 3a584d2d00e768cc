import { analyze, judged, SALT_ROAD } from "./film";

// An invented film: no rule may know it.
const FILM = SALT_ROAD;

const reads = (cases: [string, string[]][]) =>
  it.each(cases)("%s", (text, aspects) => {
    expect(judged(analyze(text, FILM))).toEqual(aspects);
  });

describe("the film named by its director's possessive or held in an existential clause (A7, A8)", () => {
  reads([
    ["There are plenty of underwhelming aspects to Calloway's feature.", ["overall:NEGATIVE"]],
    ["But for all its moments of brilliance there are plenty of underwhelming aspects to the film.", ["overall:NEGATIVE"]],
    ["But for all its moments of brilliance, there are plenty of underwhelming aspects to the film.", ["overall:NEGATIVE"]],
  ]);
});

describe("a cue word judges its own aspect, and what a film takes up is its subject (A1, A3)", () => {
  reads([
    ["The film tackles the horrors of slavery with unflinching honesty.", ["depiction:POSITIVE"]],
    ["The film tackles a nation's primal sin with unflinching honesty.", ["depiction:POSITIVE"]],
  ]);
});

describe("what is said of the story's people and things is not said of the actor (A3)", () => {
  reads([
    ["Dario Venn plays ferry pilot Amos, who gets sucked into a bloody feud when an elderly smuggler crashes on an empty beach.", []],
    ["And just as things couldn't get any worse, her sister Hanne (Brey) decides to get married.", []],
    ["Amos has to deal with the envious smuggler Hanne (Lotte Brey), bloated, pustular and snarling.", []],
    ["The laughs are sporadic and the supposedly tender moments are as heartwarming as a postcard.", ["humour:NEGATIVE"]],
  ]);
});

describe("praise bounded or doubted is a fault (A1)", () => {
  reads([
    ["The script is competent at best.", ["screenplay:NEGATIVE"]],
    ["At best, the film is a pleasant diversion.", ["overall:NEGATIVE"]],
    ["The supposedly hilarious jokes fall flat.", ["humour:NEGATIVE"]],
  ]);
});

describe("critics' wording (A1)", () => {
  reads([
    ["It's certainly getting old.", ["overall:NEGATIVE"]],
    ["The ending is a bit dopey.", ["screenplay:NEGATIVE"]],
    ["It's pretty average horror that doesn't make much sense.", ["overall:NEGATIVE"]],
    ["The formula drowns out any levity here.", ["humour:NEGATIVE"]],
    ["The plot, such as it is, concerns a ferry and a feud.", ["screenplay:NEGATIVE"]],
    ["Venn and Brey have palpable chemistry.", ["performance:POSITIVE"]],
  ]);

  it("reads 'frame ... as' as presenting, not the camera's frame", () => {
    expect(judged(analyze("Whether Calloway set out to frame this story as a fable is uncertain.", FILM)).some((a) => a.startsWith("cinematography"))).toBe(false);
  });
});

describe("'it' that stands for a clause, not the film (A8)", () => {
  reads([
    ["It's no surprise that Hanne, who lost her husband, looks washed out and struggles to cope.", []],
    ["It's hard to fault.", ["overall:POSITIVE"]],
  ]);
});

describe("effects work is production design (A6)", () => {
  reads([
    ["The effects are seamless.", ["production design:POSITIVE"]],
    ["The FX are cheap.", ["production design:NEGATIVE"]],
    ["The effects of grief are everywhere.", []],
  ]);
});

describe("who a 'he' stands for, and what an actor's look is (A7)", () => {
  it("reads 'he' after a sentence that names the director as the director, not an actor", () => {
    const text = "Calloway forgoes the usual jump scares. He slowly tightens his grip on the audience and plays with themes such as the damnation of guilt.";
    expect(judged(analyze(text, FILM)).filter((a) => a.includes("performance"))).toEqual([]);
  });

  reads([
    ["On the other hand, Lotte Brey's more modern look seems out of place in 1920s Lisbon.", ["performance:NEGATIVE"]],
    ["Dario Venn does a very convincing job of playing Amos as a not-too-bright blonde.", ["performance:POSITIVE"]],
    ["Dario Venn stars as world-weary film actor Amos, who's reluctantly staying in Lisbon to make a whisky commercial.", []],
    ["You'd never guess from Venn's masterful performance that he is new to acting.", ["performance:POSITIVE"]],
  ]);
});

describe("more of critics' wording (A1)", () => {
  reads([
    ["Dario Venn can do better than this ham-fisted effort.", ["performance:NEGATIVE"]],
    ["Dario Venn is on top form.", ["performance:POSITIVE"]],
    ["The mercifully short running time helps.", ["pacing:POSITIVE"]],
    ["Despite a somewhat soft middle section, the film is engaging.", ["pacing:NEGATIVE", "overall:POSITIVE"]],
    ["The sagging middle hurts it.", ["pacing:NEGATIVE", "overall:NEGATIVE"]],
    ["A smuggler sets his sights on Hanne (Lotte Brey) and seals his doom.", []],
    ["The film festoons its story with strings of knowing giggles.", []],
    ["Dario Venn plays him as an ordinary boy, which is exactly right.", ["performance:POSITIVE"]],
    ["In a cruel time, it is a reminder that kindness is not a weakness.", ["overall:POSITIVE"]],
  ]);
});

describe("quoted speech is the film's words, not the critic's (A3)", () => {
  reads([
    ["Hanne knows Amos is as guilty as sin, but as the line goes: “Anywhere else it would be a crime, but this is The Salt Road.”", []],
    ["The screenplay is based on the book “A Salt Road: The Triumph and Tragedy of a Ferry” by a local historian.", []],
  ]);

  it("still reads a scare-quoted word with its sentence", () => {
    expect(judged(analyze("The “jokes” are painful.", FILM))).toEqual(["humour:NEGATIVE"]);
  });
});

describe("what a clause concedes, rarely, never so, claims and avoided faults (A1, A3, A8)", () => {
  reads([
    ['"The Salt Road" is not a total success: there are gaping plot-holes you could drive a tank through.', ["screenplay:NEGATIVE"]],
    ["But it's rarely as fun or funny as you'd hope.", ["overall:NEGATIVE", "humour:NEGATIVE"]],
    ["I have rarely felt so moved by a film about the sea.", ["overall:POSITIVE"]],
    ["I have never felt so moved by a film about the sea.", ["overall:POSITIVE"]],
    ["It is never so funny as it thinks.", ["overall:NEGATIVE", "humour:NEGATIVE"]],
    ["The effects were unrealistic, and the plot left much to be desired.", ["production design:NEGATIVE", "screenplay:NEGATIVE"]],
    ["Ines Calloway is no stranger to exotic location shoots.", []],
    ["Ines Calloway stops just short of sensory overload with this film.", []],
    ["Ines Calloway has claimed to have no interest in a sequel.", []],
  ]);

  it("reads the hope of a stock phrase as no theme", () => {
    expect(analyze("But it's rarely as fun or funny as you'd hope.", FILM).themes).toEqual([]);
  });

  it("lets the main clause, not what it answers, give a sentence's sentiment", () => {
    const result = analyze(
      "It's got its silly moments, and there are sometimes more plot-holes than pot-holes, but Ines Calloway carries it off with a punky flair.",
      FILM,
    );
    expect(judged(result)).toEqual(["screenplay:NEGATIVE", "direction:POSITIVE"]);
    expect(result.sentiment).toBeGreaterThan(0);
  });
});

describe("'however' before a quality, an actor's character's doings, relished faults (A1, A3, A8)", () => {
  reads([
    ["However shallowly rendered, some of the film is deeply felt.", ["overall:POSITIVE"]],
    ["However shallowly rendered, the film is moving.", ["overall:POSITIVE"]],
    ["However, the film is shallow.", ["overall:NEGATIVE"]],
    ["Dario Venn's ferry pilot hates everyone.", []],
    ["Dario Venn's lonely ferry pilot betrays his own brother.", []],
    ["Dario Venn's ferry pilot steals every scene.", ["performance:POSITIVE"]],
    ["A delightfully vulgar comedy, outrageous and rude.", ["overall:POSITIVE"]],
    ["The Salt Road is a perfectly awful comedy.", ["overall:NEGATIVE"]],
    ["The Salt Road is an incredibly dull comedy.", ["overall:NEGATIVE"]],
  ]);
});

describe("a director's follow-up or offering is the film; stock phrases of humour and forgiving (A7, A1, T2)", () => {
  reads([
    ["Ines Calloway's follow-up to her Oscar-winning debut is an excellent movie.", ["overall:POSITIVE"]],
    ["Calloway's latest offering is a dud.", ["overall:NEGATIVE"]],
    ["It's really the last embers of the sick humor of Calloway.", []],
  ]);

  it("reads forgiving the film as no theme", () => {
    expect(analyze("There are certainly faults, but you're prepared to forgive it.", FILM).themes).toEqual([]);
  });

  it("reads a film you can't help but love, and new meaning given to a word, as no theme", () => {
    expect(analyze("Fresh, witty and even touching, this is a movie you can't help but love.", FILM).themes).toEqual([]);
    expect(analyze("It is a movie that wants to give new meaning to the term titillate.", FILM).themes).toEqual([]);
    expect(analyze("After the storm, Amos finds new meaning in his life.", FILM).themes.map((t) => t.themeId)).toContain("starting-over");
  });
});

describe("past conditions, reported clauses, lacked faults, a rating's score and critics' idioms (A1, A3, A8)", () => {
  reads([
    ["Which would be fine, if the writers had taken advantage of the comic potential.", ["screenplay:NEGATIVE", "humour:NEGATIVE"]],
    ["If the script had been sharper, it would be a classic.", ["screenplay:NEGATIVE", "overall:NEGATIVE"]],
    ["It's reckoned that the rivets were a key structural element that failed the doomed liner.", []],
    ["The special effects just don't measure up.", ["production design:NEGATIVE"]],
    ["A long sit.", ["pacing:NEGATIVE"]],
    ["Once again an outsize budget proves a straitjacket, guaranteeing predictability on all fronts.", ["screenplay:NEGATIVE"]],
    ["Ines Calloway can't decide if she's presenting a strip show or a morality play.", ["direction:NEGATIVE"]],
    ["The film is always entertaining, with no dull moments.", ["pacing:POSITIVE", "overall:POSITIVE"]],
    ["It has no dull moments.", ["pacing:POSITIVE"]],
    ["It has almost no story.", ["screenplay:NEGATIVE"]],
    ["On our scale of 10 points as perfect score, six is a thumbs up.", []],
    ["The score is perfect.", ["music:POSITIVE"]],
  ]);

  it("reads a horror film's frights as its craft, not its faults", () => {
    const text = "A meta-fright flick, directed by Ines Calloway from a clever script, that delivers a gratifyingly high scare quotient.";
    expect(judged(analyze(text, FILM)).filter((j) => j.endsWith("NEGATIVE"))).toEqual([]);
  });
});

describe("the part credited right after the judging words is whose playing they judge (A7)", () => {
  const FERRY: typeof FILM = { ...FILM, cast: [...(FILM.cast ?? []), { person: "Kees Olm", character: "the harbour master" }, { person: "Ada Ruff", character: "Nel" }, { person: "Per Sand", character: "Mayor Gert" }] };
  it("reads the lead's part after 'as' beside a supporting actor named later", () => {
    const text = "He's disappointingly bland as Amos, and Per Sand is equally dull as the arrogant mayor.";
    expect(judged(analyze(text, FERRY))).toEqual(["performance:NEGATIVE", "supporting performance:NEGATIVE"]);
  });
});

describe("adverbs alone, awards won, what few can resist, a guilty director, 'love him or hate him' (A1, A3, T2)", () => {
  reads([
    ["Uneventfully.", []],
    ["The Salt Road went on to win a host of Academy Awards, including Best Picture, Director (Calloway) and Actor (Venn).", []],
    ["It is filled with the kind of exuberant spirit that's hard for even the most cynical to resist.", ["overall:POSITIVE"]],
    ["It is hard to resist.", ["overall:POSITIVE"]],
    ["Director Ines Calloway is certainly guilty of pressing your emotional buttons.", ["direction:NEGATIVE"]],
  ]);

  it("reads 'love him or hate him' as no theme of love", () => {
    expect(analyze("Despite starring Dario Venn, who, love him or hate him, is an Oscar winner, The Salt Road is an ill-advised production.", FILM).themes).toEqual([]);
  });
});

describe("the apposition after characters credited in brackets (A3)", () => {
  it("reads who the characters are as description, no sentiment", () => {
    const result = analyze("We meet Amos and Hanne (Dario Venn, Lotte Brey), grieving siblings who are confined to a living hell.", FILM);
    expect(judged(result)).toEqual([]);
    expect(result.sentiment).toBe(0);
  });
});

describe("what others hold the film to be, and a hedge of good or ill (A3, A1)", () => {
  reads([
    ["The thought that this is considered a classic of sorts makes me cringe.", ["overall:NEGATIVE"]],
    ["The Salt Road is widely considered a classic.", []],
    ["The Salt Road is rightly considered a classic.", ["overall:POSITIVE"]],
    ["For good or ill, The Salt Road is the quintessential popcorn flick.", []],
  ]);
});

describe("an actor who is a titled character (A3)", () => {
  it("reads the title before the character's name as who the character is", () => {
    const result = analyze("Dario Venn is bully-for-hire Amos. Lotte Brey is the ruthless, scheming smuggler Hanne.", FILM);
    expect(judged(result)).toEqual([]);
    expect(result.sentiment).toBe(0);
  });

  it("still reads a judgement of the actor beside the part", () => {
    expect(judged(analyze("Dario Venn is terrific as Amos.", FILM))).toEqual(["performance:POSITIVE"]);
  });
});

describe("a craft's word said of a character (A3)", () => {
  it("reads it as the character's, not the craft's", () => {
    const aspects = judged(analyze("Amos is relentless, and his sister is loud.", FILM)).map((j) => j.split(":")[0]);
    expect(aspects).not.toContain("pacing");
    expect(aspects).not.toContain("sound design");
  });
  reads([
    ["Amos (Dario Venn) runs the ferry with the relentless cheer of a camp counsellor.", []],
    ["The pacing is relentless.", ["pacing:POSITIVE"]],
  ]);
});

describe("what the film is all about, and the named work it is set against (A3, A8)", () => {
  reads([
    ["The Salt Road is all about women facing the freak side of nature and themselves.", []],
    ["It's really about grief and a terrible loss.", []],
    ["The film is about a horrible man, and it is dreadful.", ["overall:NEGATIVE"]],
  ]);
  it("reads the named work a clause opens by setting the film against, and what its relative clause tells, as another work's", () => {
    const result = analyze("But know this: Unlike Calloway's Dog Days, which focused on dreadful guys, The Salt Road is about women.", FILM);
    expect(judged(result)).toEqual([]);
    expect(result.sentiment).toBe(0);
  });
});

describe("an adjective that names people, and a scare promised (A3, A1)", () => {
  reads([
    ["Led by Hanne (Lotte Brey), the sextet decides to go caving in Appalachia, a sport unsuited to the weak of heart.", []],
    ["Lotte Brey is weak.", ["performance:NEGATIVE"]],
  ]);
  it("reads a scare promised to the reader as praise", () => {
    expect(analyze("Prepare to be scared senseless.", FILM).sentiment).toBeGreaterThan(0);
  });
});

describe("what others might think the film (A3)", () => {
  it("reads thinking the film something, without 'that', as others' opinion", () => {
    const result = analyze("Some people might think it jingoistic and sketchily presented, but it is about the meaning of the experience for the soldiers.", FILM);
    expect(judged(result)).toEqual([]);
    expect(result.sentiment).toBe(0);
  });
});

describe("intensity a critic praises (A1)", () => {
  reads([["The Salt Road is a gruelling experience.", ["overall:POSITIVE"]]]);
});

describe("'too' before strong praise, and too clever for its own good (A1)", () => {
  reads([
    ["Dario Venn is too good for it to matter.", ["performance:POSITIVE"]],
    ["The script is too clever for its own good.", ["screenplay:NEGATIVE"]],
    ["The film is too long.", ["pacing:NEGATIVE"]],
  ]);
});

describe("a negated idiom after a subject the structure finds (A1)", () => {
  reads([["Their romance never catches fire.", ["screenplay:NEGATIVE"]]]);
});

describe("'it doesn't help that ...' asserts what follows (A1)", () => {
  reads([
    ["It doesn't help that the script is clumsy.", ["screenplay:NEGATIVE"]],
    ["It doesn’t help that the story is just plain stupid.", ["screenplay:NEGATIVE"]],
  ]);
});

describe("'little more than' dismisses, 'with little more than' praises economy (A1)", () => {
  reads([
    ["It is little more than a pleasant diversion.", ["overall:NEGATIVE"]],
    ["Dario Venn carries the second half with little more than his face.", ["performance:POSITIVE"]],
  ]);
});
