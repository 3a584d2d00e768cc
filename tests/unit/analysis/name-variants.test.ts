import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, linked } from "./film";

// Invented films and wording. Each case is a way critics write a credited name other than as
// credited (a short first name, a part of a double surname, a first name alone, a misplaced
// apostrophe) or a shared name the sentence settles by its shape (a parenthesis, a list). Each
// near miss of an uncredited name stays unlinked: no link is better than a doubtful one.

const MILL: FilmFacts = {
  title: "Tobias Wren",
  year: 2024,
  directors: ["Ines Marlow"],
  writers: ["Ines Marlow"],
  cast: [
    { person: "Ewan Falk", character: "Tobias Wren" },
    { person: "Rosalind Achebe", character: "Maximilian Rook" },
    { person: "Lukas Verhoeven-Tamm", character: "Ollie Brandt" },
    { person: "Jessa Timmons", character: "Peg" },
    { person: "Nate Fairweather", character: "Cole" },
    { person: "Dora Quill", character: "Gus Fairweather" },
    { person: "Petra Sands", character: "Winnie the Otter" },
  ],
};

describe("a closing quote is not part of a name", () => {
  it("reads a title in single quotes in a headline as the film, not its title character", () => {
    const result = analyze("Quiet 'Tobias Wren' goes back to the mill (review)\n\nEwan Falk is fine.", MILL);
    expect(linked(result)).toEqual(["Person:ewan-falk"]);
  });

  it("still reads a plural possessive's apostrophe as a possessive", () => {
    expect(linked(analyze("The film rests on Jessa Timmons' shoulders.", MILL))).toEqual(["Person:jessa-timmons"]);
  });
});

describe("a credited name written another way", () => {
  it("links a first name cut short when the rest of the name is as credited", () => {
    expect(linked(analyze("Nobody in town trusts Max Rook.", MILL))).toEqual(["Role:tobias-wren-2024/maximilian-rook"]);
  });

  it("keeps another first name with a credited surname unlinked", () => {
    expect(linked(analyze("Nobody in town trusts Maxine Rook.", MILL))).toEqual([]);
  });

  it("keeps a first name one letter shorter unlinked (Paul for a Paula is often a relative)", () => {
    const sister: FilmFacts = { ...MILL, cast: [...MILL.cast!, { person: "Ida Brook", character: "Paula Rook" }] };
    expect(linked(analyze("Nobody in town trusts Paul Rook.", sister))).toEqual([]);
  });

  it("keeps a short first name unlinked when two credited names open with it", () => {
    const twins: FilmFacts = { ...MILL, cast: [...MILL.cast!, { person: "Ida Brook", character: "Maxwell Rook" }] };
    expect(linked(analyze("Nobody in town trusts Max Rook.", twins))).toEqual([]);
  });

  it("links either part of a double surname, alone or after the first name", () => {
    expect(linked(analyze("It is Tamm who lights the fuse. Lukas Verhoeven is a revelation.", MILL))).toEqual([
      "Person:lukas-verhoeven-tamm",
      "Person:lukas-verhoeven-tamm",
    ]);
  });

  it("leaves a part of a double surname to the credit that already bears it", () => {
    const shared: FilmFacts = { ...MILL, cast: [...MILL.cast!, { person: "Bo Tamm", character: "Ferryman" }] };
    expect(linked(analyze("Tamm lights the fuse.", shared))).toEqual(["Person:bo-tamm"]);
  });

  it("links a surname with its particle in the middle of a sentence", () => {
    const particle: FilmFacts = { ...MILL, cast: [...MILL.cast!, { person: "Rocco De Santis", character: "Ferryman" }] };
    expect(linked(analyze("The ferryman is played by De Santis, who gives the film its best scene.", particle))).toEqual([
      "Person:rocco-de-santis",
    ]);
  });

  it("does not read someone else's name ending in that surname as the credited person", () => {
    const particle: FilmFacts = { ...MILL, cast: [...MILL.cast!, { person: "Rocco De Santis", character: "Ferryman" }] };
    const result = analyze("The ferryman is played by Rocco De Santis. His daughter Lia De Santis wrote the songs. De Santis is superb.", particle);
    expect(linked(result)).toEqual(["Person:rocco-de-santis", "Person:rocco-de-santis"]);
  });

  it("links a possessive whose apostrophe stands before the name's closing s", () => {
    expect(linked(analyze("Cumbersome as it is, Timmon’s turn is great.", MILL))).toEqual(["Person:jessa-timmons"]);
  });

  it("links a name written in capitals with its possessive in capitals too", () => {
    expect(linked(analyze("MARLOW'S fascination with the sea goes on.", MILL))).toEqual(["Person:ines-marlow"]);
    expect(linked(analyze("JESSA TIMMONS’S Peg is the film's heart.", MILL))).toEqual(["Person:jessa-timmons", "Role:tobias-wren-2024/peg"]);
  });
});

describe("a first name alone", () => {
  it("links the first name of a credited person the review names in full", () => {
    const result = analyze("Rosalind Achebe plays the harbour master. Rosalind steals every scene.", MILL);
    expect(linked(result)).toEqual(["Person:rosalind-achebe", "Person:rosalind-achebe"]);
  });

  it("keeps a credited person's first name unlinked when the review never names them in full", () => {
    expect(linked(analyze("Rosalind steals every scene.", MILL))).toEqual([]);
  });

  it("keeps it unlinked before the review names them in full (it may be someone of the story)", () => {
    const result = analyze("Rosalind runs the harbour with an iron hand. Rosalind Achebe plays the harbour master's clerk.", MILL);
    expect(linked(result)).toEqual(["Person:rosalind-achebe"]);
  });

  it("keeps it unlinked when the review also names someone else by that first name", () => {
    const result = analyze("Rosalind Achebe plays the harbour master, a nod to Rosalind Franklin. Rosalind steals every scene.", MILL);
    expect(linked(result)).toEqual(["Person:rosalind-achebe"]);
  });
});

describe("a three-word name cut to two", () => {
  const TRIO: FilmFacts = { ...MILL, cast: [...MILL.cast!, { person: "Craig Bartholomew Strand", character: "Himself" }, { person: "Samuel L. Okoro", character: "Judge" }] };

  it("links its first two or last two words", () => {
    expect(linked(analyze("The music writer Craig Bartholomew started the search.", TRIO))).toEqual(["Person:craig-bartholomew-strand"]);
    expect(linked(analyze("Bartholomew Strand started the search.", TRIO))).toEqual(["Person:craig-bartholomew-strand"]);
  });

  it("not across an initial, nor the first and last words", () => {
    expect(linked(analyze("Samuel L. was in the room with Craig Strand.", TRIO))).toEqual([]);
  });
});

describe("a part of the actor's career in other works", () => {
  it("does not link a character the actor has played in other films", () => {
    const result = analyze("Gus is gruff, and Dora Quill, who has played both Gus and Peg in several earlier films, is back.", MILL);
    expect(linked(result)).toEqual(["Role:tobias-wren-2024/gus-fairweather", "Person:dora-quill"]);
  });

  it("links the character when the sentence speaks of this film", () => {
    expect(linked(analyze("Dora Quill has played Peg with great care.", MILL))).toEqual(["Person:dora-quill", "Role:tobias-wren-2024/peg"]);
  });
});

describe("a name an actor and a character share, settled by the sentence's shape", () => {
  // Nate Fairweather plays Cole; Dora Quill plays Gus Fairweather.
  it("reads a name alone in brackets after a character or a role as the actor", () => {
    const result = analyze("Peg (Timmons) must look after her brother (Fairweather) all winter.", MILL);
    expect(linked(result)).toEqual(["Role:tobias-wren-2024/peg", "Person:jessa-timmons", "Person:nate-fairweather"]);
  });

  it("reads it in brackets after an actor as the character that actor plays", () => {
    expect(linked(analyze("Quill (Fairweather) is the heart of it.", MILL))).toEqual(["Person:dora-quill", "Role:tobias-wren-2024/gus-fairweather"]);
  });

  it("reads it in a list of actors as the actor", () => {
    const result = analyze("She holds her own beside Timmons, Fairweather, Quill and Ewan Falk.", MILL);
    expect(linked(result)).toEqual(["Person:jessa-timmons", "Person:nate-fairweather", "Person:dora-quill", "Person:ewan-falk"]);
  });

  it("keeps it unresolved when nothing in the sentence says which", () => {
    expect(linked(analyze("Fairweather is the heart of it.", MILL))).toEqual([]);
  });
});

describe("a title that is also its hero's name", () => {
  it("names the character after a noun for a person or an age", () => {
    expect(linked(analyze("The charming young boy Tobias Wren has grown up to be a clerk.", MILL))).toEqual(["Role:tobias-wren-2024/tobias-wren"]);
  });

  it("names the film otherwise", () => {
    expect(linked(analyze("The charming Tobias Wren has grown up to be a hit.", MILL))).toEqual([]);
  });

  it("names the character before an actor's credit in brackets, the film before an aside in brackets", () => {
    expect(linked(analyze("Tobias Wren (Ewan Falk) has grown up to be a clerk.", MILL))).toEqual(["Role:tobias-wren-2024/tobias-wren", "Person:ewan-falk"]);
    expect(linked(analyze("Tobias Wren (played by Ewan Falk) has grown up to be a clerk.", MILL))).toContain("Role:tobias-wren-2024/tobias-wren");
    expect(linked(analyze("Tedious and shrill, Tobias Wren (pronounced Tobbias, as in really awful) is dreadful.", MILL))).toEqual([]);
  });
});

describe("characters of one name played by different actors", () => {
  const AGES: FilmFacts = {
    title: "The Long Summer",
    year: 2021,
    cast: [
      { person: "Ruth Okafor", character: "Nell Hart" },
      { person: "Vera Lind", character: "Nell Price" },
      { person: "Joan Pell", character: "Mrs. Hart" },
    ],
  };

  it("reads the name as the character whose actor the sentence names", () => {
    expect(linked(analyze("Ruth Okafor, all laughter and temper, makes Nell's stubbornness irresistible even when the script fails her.", AGES))).toEqual([
      "Person:ruth-okafor",
      "Role:the-long-summer-2021/nell-hart",
    ]);
  });

  it("not for a surname a family shares: the other may be meant", () => {
    const family: FilmFacts = { ...AGES, cast: [...AGES.cast!, { person: "Ed Vance", character: "Tom Hart" }] };
    const result = analyze("Ruth Okafor is steely throughout, and Hart, her husband, is a coward from the first scene.", family);
    expect(linked(result)).toEqual(["Person:ruth-okafor"]);
  });

  it("keeps it unresolved when the actor named plays neither", () => {
    expect(linked(analyze("Joan Pell, as Nell's mother, gets one good scene and is otherwise a cartoon.", AGES))).toEqual(["Person:joan-pell"]);
  });
});

describe("a surname a family shares", () => {
  const FAMILY: FilmFacts = {
    title: "Salt Meadow",
    year: 2020,
    cast: [
      { person: "Joan Pell", character: "Mrs. Hart" },
      { person: "Ed Vance", character: "Tom Hart" },
    ],
  };

  it("is not the one credited with an honorific when another of the family bears it", () => {
    const result = analyze("Hart is a coward from the first scene to the last, and nobody in the village trusts him.", FAMILY);
    expect(linked(result)).toEqual([]);
    expect(result.unresolved.map((u) => u.surface)).toEqual(["Hart"]);
  });

  it("is the one credited with an honorific when no one else bears it", () => {
    const alone: FilmFacts = { ...FAMILY, cast: [FAMILY.cast![0]!, { person: "Ed Vance", character: "Tom Reed" }] };
    const result = analyze("Hart is a coward from the first scene to the last, and nobody in the village trusts her.", alone);
    expect(linked(result)).toEqual(["Role:salt-meadow-2020/mrs-hart"]);
  });
});

describe("a surname someone uncredited also bears", () => {
  it("keeps the bare surname unresolved when the review names the other in full and the credited one never", () => {
    const result = analyze("Falk's sister Greta Falk directed the first film of the series. Falk is wooden throughout this one.", MILL);
    expect(linked(result)).toEqual([]);
  });

  it("links it when the review names the credited one in full", () => {
    const result = analyze("Ewan Falk's sister Greta Falk directed the first film of the series. Falk is wooden throughout this one.", MILL);
    expect(linked(result)).toEqual(["Person:ewan-falk", "Person:ewan-falk"]);
  });
});

describe("characters whose names are ordinary words", () => {
  const SATIRE: FilmFacts = {
    title: "Runway Nine",
    year: 2016,
    cast: [
      { person: "Kit Varley", character: "All" },
      { person: "Joan Pell", character: "Mrs. Lewis" },
      { person: "Ned Olsen", character: "Man in the Woods" },
      { person: "Ida Brook", character: "CJ" },
      { person: "Sol Amari", character: "Bramble" },
    ],
  };

  it("does not read a function word capitalized at the start of a sentence as the character", () => {
    expect(linked(analyze("All of it is tired, and the jokes land nowhere near as often as they should.", SATIRE))).toEqual([]);
    expect(linked(analyze("The androgynous All is the one joke that lands, and it lands twice.", SATIRE))).toEqual(["Role:runway-nine-2016/all"]);
  });

  it("does not read a person's name opening with a character's name as the character", () => {
    expect(linked(analyze("The best cameo belongs to Lewis Black, who shouts his way through it.", SATIRE))).toEqual([]);
    expect(linked(analyze("The best cameo belongs to CJ Wilson, who shouts his way through it.", SATIRE))).toEqual([]);
    expect(linked(analyze("The best scene belongs to Bramble Bear, who shouts her way through it.", SATIRE))).toEqual(["Role:runway-nine-2016/bramble"]);
  });

  it("finds a character named by a description of a person as written, not by its words", () => {
    expect(linked(analyze("Man, what a mess this sequel turned out to be for everyone involved.", SATIRE))).toEqual([]);
    expect(linked(analyze("The Man in the Woods is the scariest thing in it.", SATIRE))).toEqual(["Role:runway-nine-2016/man-in-the-woods"]);
    const royal: FilmFacts = { ...SATIRE, cast: [{ person: "Ada Quarry", character: "Elizabeth of York" }] };
    expect(linked(analyze("Elizabeth is the scariest thing in it, and the film knows it.", royal))).toEqual(["Role:runway-nine-2016/elizabeth-of-york"]);
  });
});

describe("a character's name used for something else", () => {
  const CAPER: FilmFacts = {
    title: "The Lost Harbour",
    year: 2022,
    cast: [
      { person: "Kit Varley", character: "Oscar" },
      { person: "Joan Pell", character: "Madame D." },
      { person: "Ned Olsen", character: "Q" },
    ],
  };

  it("is not the character when it names an award", () => {
    expect(linked(analyze("Her co-star, who won an Oscar a decade ago, is wasted here in a thankless part.", CAPER))).toEqual([]);
    expect(linked(analyze("The Oscar winner playing the villain is wasted here in a thankless part.", CAPER))).toEqual([]);
    expect(linked(analyze("Oscar is wasted here in a thankless part, and the film knows it.", CAPER))).toEqual(["Role:the-lost-harbour-2022/oscar"]);
  });

  it("is not a character credited with an honorific and one letter when the letter stands alone", () => {
    expect(linked(analyze("Grade: D+ for a film that should have been far, far better than this.", CAPER))).toEqual([]);
    expect(linked(analyze("Madame D. dies in the first ten minutes, and the film never recovers from it.", CAPER))).toEqual(["Role:the-lost-harbour-2022/madame-d"]);
    expect(linked(analyze("Q is the best thing in the film, dry and fussy and very funny indeed.", CAPER))).toEqual(["Role:the-lost-harbour-2022/q"]);
  });
});

describe("a headline naming several people", () => {
  it("reads a title that is its hero's name, in a capitalized headline run, as the film", () => {
    expect(linked(analyze("Tobias Wren Review A Quiet Triumph\n\nThe film is a quiet pleasure from start to finish.", MILL))).toEqual([]);
  });

  it("links every credited full name of a capitalized run", () => {
    const result = analyze("Tobias Wren Review: Rosalind Achebe Outshines Ewan Falk In Ines Marlow's Drama\n\nThe film is a quiet pleasure from start to finish.", MILL);
    expect(linked(result)).toEqual(["Person:rosalind-achebe", "Person:ewan-falk", "Person:ines-marlow"]);
  });
});

describe("a couple named by two honorifics and a surname", () => {
  const HOUSE: FilmFacts = {
    title: "Windsor Gardens",
    year: 2017,
    cast: [
      { person: "Hal Bonner", character: "Henry Brock" },
      { person: "Sally Hart", character: "Mary Brock" },
      { person: "Ivy Lane", character: "Judy Brock" },
    ],
  };

  it("links the two characters of that name the sentence's actors play", () => {
    const result = analyze("Hal Bonner and Sally Hart are totally endearing as Mr and Mrs Brock.", HOUSE);
    expect(linked(result)).toEqual(["Person:hal-bonner", "Person:sally-hart", "Role:windsor-gardens-2017/henry-brock", "Role:windsor-gardens-2017/mary-brock"]);
  });

  it("keeps the surname unresolved when the sentence names no actors", () => {
    expect(linked(analyze("Mr and Mrs Brock are totally endearing in every scene they share.", HOUSE))).toEqual([]);
  });
});

describe("a character credited at two ages", () => {
  const YEARS: FilmFacts = {
    title: "Dust Orbit",
    year: 2014,
    cast: [
      { person: "Mae Foy", character: "Young Wren" },
      { person: "Jo Chastel", character: "Wren" },
      { person: "Ellen Burr", character: "Old Wren" },
    ],
  };

  it.each([
    ["To go, he must leave behind his ten-year-old daughter, Wren, who never forgives him.", "Role:dust-orbit-2014/young-wren"],
    ["To go, he must leave behind his 10-year-old daughter, Wren, who never forgives him.", "Role:dust-orbit-2014/young-wren"],
    ["Decades later, the eighty-two-year-old Wren still waits for him at the window.", "Role:dust-orbit-2014/old-wren"],
  ])("reads an age in years before the name: %s", (text, role) => {
    expect(linked(analyze(text, YEARS))).toEqual([role]);
  });
});

describe("a surname misspelt alone", () => {
  const CREW: FilmFacts = {
    title: "Gravel Sky",
    year: 2019,
    directors: ["Ines Marlow"],
    cast: [
      { person: "Jonas Hollenbeck", character: "Abel" },
      { person: "Vera Lind", character: "Cora" },
      { person: "Ada Quarry", character: "Ivo Pratt" },
    ],
  };

  it("links it to the one person the review has named in full, seven letters or more, one edit away", () => {
    const result = analyze("Jonas Hollenbeck plays Abel with real fury. Hollenbek's final scene is devastating.", CREW);
    expect(linked(result)).toEqual(["Person:jonas-hollenbeck", "Role:gravel-sky-2019/abel", "Person:jonas-hollenbeck"]);
  });

  it("keeps it unlinked when the review never named that person in full", () => {
    expect(linked(analyze("Hollenbek's final scene is devastating, and the film knows it.", CREW))).toEqual([]);
  });

  it("keeps a short surname's near miss unlinked (Pratt is not Pruitt or Platt)", () => {
    const result = analyze("Ivo Pratt is a menace from the start. Platt, the sheriff, is another matter entirely.", CREW);
    expect(linked(result)).toEqual(["Role:gravel-sky-2019/ivo-pratt"]);
  });
});

describe("a title that is its hero's name, before a relation", () => {
  it("names the character when one word stands between the possessive and the relation", () => {
    const result = analyze("Dora Quill brings wry warmth to Peg, Tobias Wren's former lover and fiercest friend.", MILL);
    expect(linked(result)).toEqual(["Person:dora-quill", "Role:tobias-wren-2024/peg", "Role:tobias-wren-2024/tobias-wren"]);
  });

  it("names the film before another noun", () => {
    const result = analyze("Dora Quill brings wry warmth to Peg, and Tobias Wren's closing shot is its best.", MILL);
    expect(linked(result)).toEqual(["Person:dora-quill", "Role:tobias-wren-2024/peg"]);
  });
});

describe("someone else's full name opening a sentence", () => {
  it("is not read as the credited person of that surname", () => {
    const result = analyze("Ewan Falk is superb here. Peter Falk once said the same thing about a very different film.", MILL);
    expect(linked(result)).toEqual(["Person:ewan-falk"]);
  });

  it("still drops an ordinary first word ('When Falk arrives', 'Will Peg find ...')", () => {
    expect(linked(analyze("When Falk arrives, the film wakes up and never looks back.", MILL))).toEqual(["Person:ewan-falk"]);
    expect(linked(analyze("Will Peg find a way to keep the mill running through the winter?", MILL))).toEqual(["Role:tobias-wren-2024/peg"]);
  });
});

describe("a character's name as the name of another work", () => {
  it("links no name inside the title of a source work given after its kind", () => {
    expect(linked(analyze("It is a loose adaptation of the classic poem Cole and the Otter of Wren Hill.", MILL))).toEqual([]);
    expect(linked(analyze("Marlow's novel Peg Among the Reeds was better.", MILL))).toEqual(["Person:ines-marlow"]);
  });

  it("still links the cast named after such a title, and a name that follows a work word in lower case", () => {
    expect(linked(analyze("Based on the novel Peg Among the Reeds, it gives Jessa Timmons her best part.", MILL))).toEqual(["Person:jessa-timmons"]);
    expect(linked(analyze("In the film, Peg is braver than in the book.", MILL))).toEqual(["Role:tobias-wren-2024/peg"]);
  });

  it("reads a character's name before 'clichés', 'formula' or 'remake' as the work's name", () => {
    expect(linked(analyze("It leans on the usual Tobias Wren clichés.", MILL))).toEqual([]);
    expect(linked(analyze("Nobody asked for a Gus Fairweather remake.", MILL))).toEqual([]);
  });
});

describe("a person credited as themselves beside a younger self played by another", () => {
  const DOC: FilmFacts = {
    title: "High Line",
    year: 2019,
    directors: ["Ines Marlow"],
    cast: [
      { person: "Remy Fauchon", character: "Himself" },
      { person: "Ada Quist", character: "Herself" },
      { person: "Theo Brandt", character: "Young Remy Fauchon" },
    ],
  };

  it("reads the name with no age as the person, and with an age as the younger self", () => {
    expect(linked(analyze("Remy Fauchon is a charismatic guide to his own story.", DOC))).toEqual(["Person:remy-fauchon"]);
    expect(linked(analyze("Fauchon, too, is charming.", DOC))).toEqual(["Person:remy-fauchon"]);
    expect(linked(analyze("The young Remy Fauchon practises in a field.", DOC))).toEqual(["Role:high-line-2019/young-remy-fauchon"]);
  });
});

describe("names as critics write them where the credits differ", () => {
  // An invented film; the names follow the patterns of real credits.
  const ORCHARD = {
    title: "The Orchard Road",
    year: 2029,
    cast: [
      { person: "Alan S. Kim", character: "David Lee" },
      { person: "Min Hye-jin", character: "Soon-ja" },
      { person: "Noel R. Cho", character: "Anne Lee" },
      { person: "Noel Cho", character: "Grace" },
    ],
  };

  it("links a name written without its middle initial", () => {
    expect(linked(analyze("Alan Kim is impressive.", ORCHARD))).toEqual(["Person:alan-s-kim"]);
  });

  it("links a hyphenated given name written joined", () => {
    expect(linked(analyze("The grandmother, Soonja, arrives from Korea.", ORCHARD))).toEqual(["Role:the-orchard-road-2029/soon-ja"]);
    expect(linked(analyze("Min Hyejin is a delight.", ORCHARD))).toEqual(["Person:min-hye-jin"]);
  });

  it("leaves a variant that is another credit's name to that credit", () => {
    expect(linked(analyze("Noel Cho is a delight.", ORCHARD))).toEqual(["Person:noel-cho"]);
  });
});

describe("a suffix after a comma", () => {
  const WITH_SUFFIX = { title: "The Porch Light", year: 2028, cast: [{ person: "Hal Benning Jr.", character: "Wade" }] };

  it("is part of the name it follows", () => {
    expect(linked(analyze("Hal Benning, Jr. seems lost as Wade.", WITH_SUFFIX))).toEqual(["Person:hal-benning-jr", "Role:the-porch-light-2028/wade"]);
  });
});

describe("a character credited by what it is, not by a name", () => {
  const LAB: FilmFacts = {
    ...MILL,
    cast: [...MILL.cast!, { person: "Odo Brand", character: "Harbour Man" }, { person: "Vera Lusk", character: "Kessler CEO" }],
  };

  it("links the credit as written", () => {
    expect(linked(analyze("Odo Brand makes the Harbour Man oddly tender.", LAB))).toEqual(["Person:odo-brand", "Role:tobias-wren-2024/harbour-man"]);
  });

  it("leaves its words alone unlinked: another work's title, a company", () => {
    expect(linked(analyze("Shannon plays the same villain he played in “Man of Steel”. The Kessler toys are everywhere.", LAB))).toEqual([]);
  });
});

describe("a nickname in quotes inside a name", () => {
  const DOCKS: FilmFacts = {
    ...MILL,
    cast: [
      { person: "Ewan Falk", character: "Jonah Wren" },
      { person: "Dora Quill", character: "Peg Wren" },
      { person: "Nate Fairweather", character: 'Sal "The Hook" Mancuso' },
    ],
  };

  it("reads the name around the nickname as the credited name, and the surname after it as that character", () => {
    expect(linked(analyze("It follows Jonah “The Miller” Wren for forty years. Wren never looks back.", DOCKS))).toEqual([
      "Role:tobias-wren-2024/jonah-wren",
      "Role:tobias-wren-2024/jonah-wren",
    ]);
  });

  it("finds a character credited with a nickname by the name without it", () => {
    expect(linked(analyze("Sal Mancuso is the funniest thing in it. Mancuso steals every scene.", DOCKS))).toEqual([
      "Role:tobias-wren-2024/sal-the-hook-mancuso",
      "Role:tobias-wren-2024/sal-the-hook-mancuso",
    ]);
  });
});

describe("a character credited by two names", () => {
  const HERO: FilmFacts = {
    ...MILL,
    cast: [
      { person: "Ewan Falk", character: "Tobias Wren / Night Heron" },
      { person: "Dora Quill", character: "Ada Voss / Valkyra" },
    ],
  };

  it("links either name, and the surname of the first", () => {
    expect(linked(analyze("Wren is a reporter. Then Night Heron takes flight. Ada Voss rises. Valkyra follows.", HERO))).toEqual([
      "Role:tobias-wren-2024/tobias-wren-night-heron",
      "Role:tobias-wren-2024/tobias-wren-night-heron",
      "Role:tobias-wren-2024/ada-voss-valkyra",
      "Role:tobias-wren-2024/ada-voss-valkyra",
    ]);
  });

  it("does not read a word of the second name alone as the character", () => {
    expect(linked(analyze("Night falls over the harbour.", HERO))).toEqual([]);
  });
});

describe("a character owned by someone the film does not credit", () => {
  it("leaves the novelist's character unlinked, and links the actor's and the studio's", () => {
    expect(linked(analyze("The novel was kinder: Harlowe’s Peg was older.", MILL))).toEqual([]);
    expect(linked(analyze("Jessa Timmons’s Peg is a delight.", MILL))).toEqual(["Person:jessa-timmons", "Role:tobias-wren-2024/peg"]);
    expect(linked(analyze("Disney’s Peg is a delight.", MILL))).toEqual(["Role:tobias-wren-2024/peg"]);
  });
});
