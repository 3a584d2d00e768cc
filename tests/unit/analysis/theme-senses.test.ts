import { analyze } from "./film";

// An invented film; every sentence below is invented for these tests.
const FILM = {
  title: "The Lantern Keeper",
  year: 2031,
  directors: ["Tova Brandt"],
  cast: [
    { person: "Dana Lark", character: "Pia Moss" },
    { person: "Owen Reyes", character: "Ivo Moss" },
    { person: "Rhea Tamm", character: "Sorrow" },
  ],
};
const themes = (text: string) => analyze(text, FILM).themes.map((t) => t.themeId);

describe("a single theme word told in the story counts without a framing word", () => {
  it("counts the word where the sentence tells the story", () => {
    expect(themes("The letters in the attic describe a troubled and violent marriage.")).toContain("marriage");
    expect(themes("By winter the whole harbour town is sunk in poverty.")).toContain("poverty");
  });

  it("does not count it in a sentence that judges a craft", () => {
    expect(themes("The editing is sluggish and the music is overbearing.")).not.toContain("music");
    expect(themes("The score, with a drummer strapped to a truck, is gloriously excessive.")).not.toContain("music");
    expect(themes("The cinematography is gorgeous, all widows in black against the snow.")).not.toContain("grief");
  });

  it("does not count a noun that modifies another, even where the sentence frames a subject", () => {
    expect(themes("Neighbours quarrel about band practice while the real subject, shame, goes unsaid.")).not.toContain("music");
  });
});

describe("cues: the story's own words for a theme (theme-senses.json)", () => {
  it("finds a theme through a kinship word, a derived form or a related word", () => {
    expect(themes("Ivo Moss is a widower whose daughter goes missing on the ferry.")).toContain("parenthood");
    expect(themes("Pia, a grief-stricken cartographer, is hired by the navy.")).toContain("grief");
    expect(themes("Ivo is a migrant who moved to the city with nothing.")).toContain("immigration");
    expect(themes("There is an environmental theme too, in a harbour choked with oil.")).toContain("environment");
    expect(themes("The villagers catch Ivo trying to communicate with the aliens.")).toEqual(
      expect.arrayContaining(["communication", "extraterrestrials"]),
    );
  });

  it("reads a cue of several words only where the sentence tells the story", () => {
    expect(themes("Pia faces a disability she never expected.")).toContain("disability");
  });
});

describe("the story's own words for deception and history", () => {
  it("reads 'nothing is what it seems' as deception and 'based on a true story' as history", () => {
    expect(themes("Let's just say that nothing is what it seems in the Moss house.")).toContain("deception");
    expect(themes("Based on a true story, it follows a lighthouse keeper through one winter.")).toContain("history");
  });
});

describe("a theme word in another sense is not a theme", () => {
  it("needs a frame for a word whose everyday sense is not the theme", () => {
    expect(themes("Ivo spends most of his time mending nets.")).not.toContain("time");
    expect(themes("Pia drives home through the storm.")).not.toContain("home");
    expect(themes("A night race through the dockyards is the best set piece.")).not.toContain("race");
    expect(themes("In the end, it is a film about time.")).toContain("time");
    // Framed by the critics' words for a subject (theme-senses.json frames).
    expect(themes("It is a quiet portrayal of a harbour town where work has vanished.")).toContain("work");
    expect(themes("The second half becomes an elegy for home.")).toContain("home");
  });

  it("skips 'be forgiven for', 'since childhood' and an 'alone' that means 'only'", () => {
    expect(themes("The story fizzles out, and you'll be forgiven for feeling cheated.")).not.toContain("forgiveness");
    expect(themes("Pia, her best friend since childhood, announces she is getting married.")).not.toContain("childhood");
    expect(themes("For that last half-hour alone, the bigger the screen, the better.")).not.toContain("loneliness");
    expect(themes("It is a film about a family learning to forgive.")).toContain("forgiveness");
  });

  it("skips 'dead silence', 'a wealth of' and 'if justice is to be done'", () => {
    expect(themes("A couple of scenes were met with dead silence from the audience.")).toEqual([]);
    expect(themes("The film has spawned a wealth of promotional material.")).not.toContain("wealth");
    expect(themes("If justice is to be done, Dana Lark should receive an Oscar nomination.")).not.toContain("justice");
  });

  it("skips a theme word inside an idiom", () => {
    expect(themes("Ivo has found a partner in crime at the lighthouse.")).not.toContain("crime");
    expect(themes("Brandt stages the storm with a clarity that puts most disaster films to shame.")).not.toContain("shame");
    expect(themes("The ending is clumsy, but by the last shot all is forgiven.")).not.toContain("forgiveness");
    expect(themes("The script takes dead aim at the harbour authority.")).not.toContain("death");
    expect(themes("It arrives amid an avalanche of sequels.")).not.toContain("survival");
  });

  it("skips a theme word that is part of a title or a name", () => {
    expect(themes('Pia sings "Memory" at the wake, and the room goes still.')).not.toContain("memory");
    expect(themes("Ivo's joy is the best thing in Let Freedom Ring, a tale of escape.")).not.toContain("freedom");
  });

  it("skips the words of a headline, which pun on the film", () => {
    const review = "Lantern review: till death do us part\nPia keeps the lamp lit. The town sleeps. Nobody visits the rock.";
    expect(themes(review)).not.toContain("death");
    expect(themes("Pia keeps the lamp lit. The town sleeps. Nobody visits the rock.\nIvo fears death more than the sea.")).toContain("death");
  });

  it("skips a character's name that is a theme word", () => {
    expect(themes("Sorrow, played by Rhea Tamm, steals every scene.")).not.toContain("grief");
  });
});

describe("a word that tells who a character is, in a sentence on casting", () => {
  it("is not a theme when the actor is the subject of the sentence", () => {
    expect(themes("Dana Lark, as Ivo's girlfriend Pia, makes a small part unforgettable.")).not.toContain("romance");
  });

  it("is a theme when the actor is only credited in brackets", () => {
    expect(themes("Pia (Dana Lark) is a widow whose daughter goes missing.")).toEqual(expect.arrayContaining(["grief", "parenthood"]));
  });
});

describe("a taxonomy entry is phrase evidence only with two content words", () => {
  it("reads an entry of one word among function words like that word", () => {
    // "showdown at", "be a man", "the law": one content word each, so a judging sentence does not make them themes.
    expect(themes("The last act, a rain-soaked showdown at the quay, is routine and overlong.")).not.toContain("frontier");
    expect(themes("Owen Reyes is a man who never raises his voice, and he is superb.")).not.toContain("masculinity");
    expect(themes("The courtroom scenes are stiff, and Dana Lark, who must quote the law, is wasted.")).not.toContain("justice");
  });

  it("still counts a phrase of two content words", () => {
    expect(themes("Pia Moss loses her hearing in the storm.")).toContain("deafness");
  });

  it("reads a phrasal verb of the taxonomy written as listed ('growing up', 'falls for', 'laid off')", () => {
    expect(themes("It is a film about growing up, and about what the sea takes.")).toContain("coming-of-age");
    expect(themes("Pia falls for a lighthouse keeper from the mainland.")).toContain("romance");
    expect(themes("Ivo Moss gets laid off from the cannery in the first scene.")).toContain("work");
    // Said of a character's past, growing up is where they come from, not the story's subject.
    expect(themes("Ivo Moss, who grew up poor on the island, runs the ferry.")).not.toContain("coming-of-age");
    expect(themes("Pia and Ivo are cousins who grow up to be rival skippers.")).not.toContain("coming-of-age");
  });

  it("does not take the critic's 'has made a film' for a film about cinema", () => {
    expect(themes("Tova Brandt has made a film about a harbour town that forgets its dead.")).not.toContain("cinema");
  });
});

describe("one hit of a theme per sentence, the one that needs no frame", () => {
  it("keeps a plain theme word after a framed-only one of the same theme", () => {
    // "battle" counts for war only where framed; the sentence's "war" needs no frame.
    expect(themes("The final battle, on a burning pier, is overwhelming, and Brandt has made a film about what it costs to stay kind in a cruel war.")).toContain("war");
  });
});

describe("a word that needs a frame, repeated, is a subject anyway", () => {
  it("counts it when found unframed in three sentences, not in two", () => {
    const twice = "Nobody at breakfast mentions the murder. The ferry sails at dawn after the murder.";
    expect(themes(twice)).not.toContain("crime");
    expect(themes(`${twice} Ivo sees the murder from a window.`)).toContain("crime");
  });
});

describe("theme words in idioms and in clauses about the audience (theme-senses.json)", () => {
  it("does not count a theme word used in another sense", () => {
    expect(themes("It is guilt-free entertainment.")).not.toContain("guilt");
    expect(themes("Ivo races in concert with his brother.")).not.toContain("music");
    expect(themes("Pia's sidekick was annoying and really bugged me.")).not.toContain("surveillance");
    expect(themes("It is a family-friendly adventure.")).not.toContain("family");
  });

  it("does not count a theme word in a clause about the audience", () => {
    expect(themes("I suspect families and children will feel the same.")).not.toContain("childhood");
  });

  it("still counts the words in the story's sense", () => {
    expect(themes("Pia is consumed by guilt after the wreck.")).toContain("guilt");
    expect(themes("Ivo's flat is bugged by the secret police.")).toContain("surveillance");
  });
});

describe("a relation the story has changed is a theme, not an introduction (theme-senses.json relationStates)", () => {
  it("counts 'his estranged wife' as marriage", () => {
    const review = "Ivo Moss has sailed to the island for the winter to win back his estranged wife, Pia, who has taken a job at the lighthouse and gone back to her maiden name. Pia is happier there. Ivo is not.";
    expect(themes(review)).toContain("marriage");
  });
});

describe("the story's words for a theme, and a character's status said once (theme-senses.json)", () => {
  it("finds mental illness, isolation and surveillance in the story's own words", () => {
    expect(themes("Pia is a child psychologist who is housebound due to agoraphobia.")).toEqual(expect.arrayContaining(["mental-illness", "isolation"]));
    expect(themes("Pia washes her pills down with wine and spies on the neighbours across the street.")).toContain("surveillance");
  });

  it("reads losing a parent as loss", () => {
    expect(themes("Ivo loses his mother in a bombing at an art gallery.")).toContain("loss");
  });

  it("reads a con man named once as who a character is", () => {
    const review = "Ivo relocates to the coast and befriends a con man, Sorrow, who helps him on his way. Pia does not approve.";
    expect(themes(review)).not.toContain("deception");
  });
});

describe("a theme word in another sense, and what frames a theme", () => {
  it("reads 'lies with', 'all that jazz', 'man's best friend', the critic's own hope and a home town as no theme", () => {
    expect(themes("The heart of this chilling movie lies with Dana Lark.")).not.toContain("lies");
    expect(themes("It is about the sea, the sky, and all that jazz.")).not.toContain("music");
    expect(themes("It offers proof that you shouldn't mess with a man's best friend.")).not.toContain("friendship");
    expect(themes("A strong start led me to hope that it was going to have a major payoff.")).not.toContain("hope");
    expect(themes("It takes Pia Moss from her home town of Flint to the coast.")).not.toContain("home");
    expect(themes("Sushi lovers will adore it.")).not.toContain("romance");
    expect(themes("The two lovers meet in Vienna.")).toContain("romance");
  });

  it("reads a subject the film is denied to have, and the alternative set aside, as no theme", () => {
    expect(themes("This is not some generic romcom about love, marriage and the meaning of life.")).toEqual([]);
    expect(themes("It is not just a film about grief.")).toContain("grief");
    expect(themes("It is more of a film made for fun than for terror.")).not.toContain("fear");
  });

  it("reads an apposition after the director's name as who the director is, not what the film is about", () => {
    expect(themes("It took Tova Brandt – a director fascinated with dissecting grief – ten years to make it.")).not.toContain("grief");
    expect(themes("Tova Brandt's film is about grief.")).toContain("grief");
  });

  it("reads 'at the heart of', 'at its core' as framing a subject", () => {
    expect(themes("Grief lies at the heart of the film.")).toContain("grief");
    expect(themes("At its core, this is a story of a marriage falling apart.")).toContain("marriage");
  });

  it("counts a theme word in the subject of a passive that tells the story ('a suburban town is terrorized by ...')", () => {
    expect(themes("A suburban town is terrorized by a series of grisly murders committed by a crazed psycho in a ghoul outfit.")).toContain("suburbia");
  });
});

describe("a theme word in the critic's own voice or in an idiom is no theme", () => {
  it("drops the critic's and the reader's liking, and the critic's candour", () => {
    expect(themes("Keep a cold drink around to keep you awake unless you love lighthouses.")).not.toContain("love");
    expect(themes("I will not lie to you: the lighthouse scenes are long.")).not.toContain("lies");
  });

  it("drops 'let alone', 'about time we', 'a dead cert' and the 'ai' of \"ain't\"", () => {
    expect(themes("Pia sends chills down the spine, let alone the storm.")).not.toContain("loneliness");
    expect(themes("It's about time we got a lighthouse drama this good.")).not.toContain("time");
    expect(themes("Tova Brandt's film is a dead cert for the prizes.")).not.toContain("death");
    expect(themes("Adapting a lighthouse legend to the screen ain't easy.")).not.toContain("artificial-intelligence");
  });

  it("keeps the same words where they tell the story", () => {
    expect(themes("A film about time, and about the years Pia spends all alone in the lighthouse.")).toEqual(expect.arrayContaining(["time", "loneliness"]));
    expect(themes("Pia lies to Ivo about the shipwreck, and the lie destroys them.")).toContain("lies");
  });
});

describe("theme words in a judgement of the film or an idiom (theme-senses.json)", () => {
  it("reads the film's ambition as a judgement of it, and ambition as a theme only where it is framed", () => {
    expect(themes("This highly ambitious and ultra-dark effort goes to extreme lengths.")).not.toContain("ambition");
    expect(themes("The Lantern Keeper reminds you of the old sea epics in its ambition.")).not.toContain("ambition");
    expect(themes("The Lantern Keeper is sharp about ambition and the cost of it.")).toContain("ambition");
  });

  it("does not read 'so much to love', 'body language' or 'into cinemas' as love, language or cinema", () => {
    expect(themes("There is so much to love about this film.")).not.toContain("love");
    expect(themes("Her face and body language do the job of conveying everything she wants.")).not.toContain("language");
    expect(themes("The least interesting thriller of the year slithers into cinemas on a wave of bad press.")).not.toContain("cinema");
  });

  it("does not read 'the prologue alone' as loneliness, nor 'haunted by' a memory as the supernatural", () => {
    expect(themes("The prologue alone will eat anyone with a phobia of antique dolls alive.")).not.toContain("loneliness");
    const haunted = themes("Ivo is haunted by the memory of his drowned wife and separated from his children.");
    expect(haunted).not.toContain("supernatural");
    expect(haunted).toContain("memory");
  });
});

describe("theme words in compounds and idioms (T2)", () => {
  it("does not read the first word of a hyphenated compound as a theme ('a death-ray ring')", () => {
    expect(themes("Ivo carries a death-ray ring and a lantern.")).not.toContain("death");
    expect(themes("Ivo mourns the death of his brother.")).toContain("death");
  });

  it("does not read 'nothing rivals', 'coming home to roost' or 'lust for' as rivalry, home or sexuality", () => {
    const unrivalled = analyze("There is nothing that rivals the immersive quality of the film.", FILM);
    expect(unrivalled.themes.map((t) => t.themeId)).not.toContain("rivalry");
    expect(unrivalled.aspects.map((a) => `${a.aspect}:${a.polarity}`)).toEqual(["overall:POSITIVE"]);
    expect(themes("By the end, the old lies start coming home to roost.")).not.toContain("home");
    const lust = themes("Ivo's lust for revenge consumes him.");
    expect(lust).toContain("revenge");
    expect(lust).not.toContain("sexuality");
  });
});

describe("what the script underscores, a character driven by a theme, 'little more than'", () => {
  it("counts a theme the film's craft is said to underscore or champion", () => {
    expect(themes("The sharp script underscores the value of true friendship.")).toContain("friendship");
  });

  it("counts a theme word that opens a compound saying what drives a character", () => {
    expect(themes("Not bad for a part that requires little more than being a vengeance-fuelled killing machine.")).toContain("revenge");
    expect(themes("Pia Moss is a grief-stricken widow.")).toContain("grief");
  });

  it("still sets aside the alternative after 'more ... than'", () => {
    expect(themes("It is more a film made for fun than for terror about war.")).not.toContain("war");
  });
});

describe("a word that counts only where framed, said as a character's own", () => {
  it("counts it after 'his', 'her', 'their'", () => {
    expect(themes("However, their journey is fraught with danger and Ivo is never sure whom he can trust.")).toContain("journey");
    expect(themes("His ambition finds its outlet in stealing cars.")).toContain("ambition");
  });

  it("does not count a maker's output or a plural of people", () => {
    expect(themes("Ivo admires his work and his colleagues.")).toEqual([]);
  });
});
