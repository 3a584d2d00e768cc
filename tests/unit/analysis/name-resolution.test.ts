import type { FilmFacts } from "../../../src/graph/catalog-writes";
import { analyze, linked } from "./film";

// Invented films and wording. Each case is a kind of name a careful reader ties to one credit (or
// refuses to): the analysis must link it, or keep it unresolved, never link it to the wrong node.

const DOC: FilmFacts = {
  title: "The Long Wall",
  year: 2022,
  directors: ["Ines Moreau"],
  cast: [
    { person: "Oskar Lund", character: "Himself" },
    { person: "Hanne Lund", character: "Herself" },
  ],
};

const SIBLINGS: FilmFacts = {
  title: "Ember Road",
  year: 2023,
  directors: ["Dana Whitlock"],
  writers: ["Dana Whitlock", "Sam Whitlock"],
  cast: [
    { person: "Mara Okafor", character: "Nell Varga" },
    { person: "Jonah Pike", character: "Hal Brenner" },
    { person: "Greta Haller", character: "Ada Brenner" },
    { person: "Tobias Lindqvist", character: "Elias Brand" },
  ],
};

describe("a documentary's subjects", () => {
  it("links a subject's first name (people playing themselves are called by it)", () => {
    expect(linked(analyze("Oskar trains at dawn.", DOC))).toEqual(["Person:oskar-lund"]);
  });

  it("keeps a first name two subjects share unresolved", () => {
    const twins: FilmFacts = { ...DOC, cast: [{ person: "Oskar Lund", character: "Himself" }, { person: "Oskar Brask", character: "Himself" }] };
    expect(linked(analyze("Oskar trains at dawn.", twins))).toEqual([]);
  });

  it("reads a shared surname as the subject when the sentence names his wife apart", () => {
    expect(linked(analyze("Lund's wife, Hanne, keeps the accounts.", DOC))).toEqual(["Person:oskar-lund", "Person:hanne-lund"]);
  });

  it("does not set a first name apart from a surname without a relation word (one person may be called both)", () => {
    const result = analyze("Oskar was shy as a boy, and Lund's voice still shakes.", DOC);
    expect(linked(result)).toEqual(["Person:oskar-lund"]);
    expect(result.unresolved.map((u) => u.surface)).toEqual(["Lund's"]);
  });

  it("reads a shared surname as the one person the review names in full", () => {
    const result = analyze("Oskar Lund climbs without a rope. Lund never looks down.", DOC);
    expect(linked(result)).toEqual(["Person:oskar-lund", "Person:oskar-lund"]);
  });

  it("reads a surname shared by the top-billed subject and supporting players, none named in full, as the top-billed", () => {
    const family: FilmFacts = {
      ...DOC,
      cast: [
        { person: "Oskar Lund", character: "Himself" },
        { person: "Per Dahl", character: "Himself" },
        { person: "Ruth Sand", character: "Herself" },
        { person: "Hanne Lund", character: "Herself" },
      ],
    };
    expect(linked(analyze("Back in the 1970s, Lund sang in bars nobody remembers.", family))).toEqual(["Person:oskar-lund"]);
    // A shared surname among the leads stays open.
    expect(linked(analyze("Back in the 1970s, Lund sang in bars nobody remembers.", DOC))).toEqual([]);
  });

  it("keeps a shared surname unresolved when the review names both in full", () => {
    const result = analyze("Oskar Lund and Hanne Lund met in 1990. Lund smiles a lot.", DOC);
    expect(linked(result)).toEqual(["Person:oskar-lund", "Person:hanne-lund"]);
    expect(result.unresolved.map((u) => u.surface)).toEqual(["Lund"]);
  });
});

describe("a surname shared by a director and a co-writer", () => {
  it("is the one the review names in full", () => {
    expect(linked(analyze("Dana Whitlock shot it in winter. Whitlock keeps the camera low.", SIBLINGS))).toEqual([
      "Person:dana-whitlock",
      "Person:dana-whitlock",
    ]);
  });

  it("stays unresolved after an honorific, which may mean the other", () => {
    expect(linked(analyze("Dana Whitlock shot it in winter. Ms Whitlock keeps the camera low.", SIBLINGS))).toEqual(["Person:dana-whitlock"]);
  });

  it("stays unresolved in a name for a household ('the Whitlock house')", () => {
    const result = analyze("Dana Whitlock shot it in winter. The camera never leaves the Whitlock house.", SIBLINGS);
    expect(linked(result)).toEqual(["Person:dana-whitlock"]);
  });
});

describe("a surname shared by two characters", () => {
  it.each([
    ["Pike's Brenner is a coward.", "Role:ember-road-2023/hal-brenner"],
    ["Pike plays Brenner as a coward.", "Role:ember-road-2023/hal-brenner"],
    ["Haller, as the widowed Brenner, is steely.", "Role:ember-road-2023/ada-brenner"],
  ])("is the character of the actor the sentence ties it to: %s", (text, role) => {
    expect(linked(analyze(text, SIBLINGS))).toContain(role);
  });

  it("is not the actor's character in 'as Brenner's wife' (the wife is someone else)", () => {
    const result = analyze("Haller, as Brenner's wife, is steely.", SIBLINGS);
    expect(linked(result)).toEqual(["Person:greta-haller"]);
    expect(result.unresolved.map((u) => u.surface)).toEqual(["Brenner's"]);
  });

  it("is not tied to an actor across a relation ('as a rival to Tom Brenner')", () => {
    expect(linked(analyze("Pike, as a rival to Tom Brenner, sneers a lot.", SIBLINGS))).toEqual(["Person:jonah-pike"]);
  });

  it("stays a group before a plural possessive ('both Brenner brothers' wives')", () => {
    const result = analyze("Hal Brenner runs the mill. Both Brenner brothers' wives hate it.", SIBLINGS);
    expect(linked(result)).toEqual(["Role:ember-road-2023/hal-brenner"]);
  });

  it("stays unresolved when nothing says which", () => {
    expect(linked(analyze("Brenner hides in the cellar.", SIBLINGS))).toEqual([]);
  });

  it("never reads 'the Brenner family' as one of them, even after one is named in full", () => {
    const result = analyze("Hal Brenner runs the mill. The whole Brenner family turns on him.", SIBLINGS);
    expect(linked(result)).toEqual(["Role:ember-road-2023/hal-brenner"]);
  });
});

describe("one character at several ages", () => {
  const film: FilmFacts = {
    title: "Tidewater",
    year: 2020,
    cast: [
      { person: "Ruth Kell", character: "Nora Vance" },
      { person: "Ivy Moss", character: "Young Nora" },
      { person: "Alma Price", character: "Old Nora" },
    ],
  };
  it("keeps the bare name unresolved (it may be any of them)", () => {
    expect(linked(analyze("Nora keeps the lighthouse.", film))).toEqual([]);
  });
  it("reads the bare name as the lead when the younger self is a small part billed far down", () => {
    const flashback: FilmFacts = {
      ...film,
      cast: [
        { person: "Ruth Kell", character: "Nora" },
        { person: "Per Dahl", character: "Hal" },
        { person: "Ines Rey", character: "Mags" },
        { person: "Jon Sand", character: "Ned" },
        { person: "Ada Berg", character: "Pip" },
        { person: "Ivy Moss", character: "Young Nora" },
      ],
    };
    expect(linked(analyze("Nora keeps the lighthouse.", flashback))).toEqual(["Role:tidewater-2020/nora"]);
    expect(linked(analyze("Young Nora builds a raft.", flashback))).toEqual(["Role:tidewater-2020/young-nora"]);
  });
  it.each([
    ["Moss, as young Nora, is a find.", "Role:tidewater-2020/young-nora"],
    ["Kell plays the grown-up Nora with a limp.", "Role:tidewater-2020/nora-vance"],
    ["The elderly Nora is barely in it.", "Role:tidewater-2020/old-nora"],
  ])("reads the age the sentence gives: %s", (text, role) => {
    expect(linked(analyze(text, film))).toContain(role);
  });
});

describe("the film's title when a character has the same name", () => {
  const named: FilmFacts = { title: "Vera Lind", year: 2021, cast: [{ person: "Mara Okafor", character: "Vera Lind" }] };
  it.each([
    "Vera Lind is the slickest thriller of the year.",
    "Nobody expected “Vera Lind” to open so well.",
    "Vera Lind review: a cold, clean thrill",
    "Mara Okafor is chilling in the icy “VERA LIND”",
    "VERA LIND: A COLD, CLEAN THRILL",
  ])("is the film: %s", (text) => {
    expect(linked(analyze(text, named)).filter((id) => id.startsWith("Role:"))).toEqual([]);
  });
  it.each([
    ["Okafor's Vera Lind is a retired spy.", ["Person:mara-okafor", "Role:vera-lind-2021/vera-lind"]],
    ["Vera Lind is a retired spy, and she wants one more job.", ["Role:vera-lind-2021/vera-lind"]],
    ["Mara Okafor as Vera Lind is a marvel.", ["Person:mara-okafor", "Role:vera-lind-2021/vera-lind"]],
  ])("is the character where the sentence ties it to her: %s", (text, expected) => {
    expect(linked(analyze(text, named))).toEqual(expected);
  });

  const cut: FilmFacts = { title: "Pim Rabbit", year: 2019, cast: [{ person: "Ines Rey", character: "Pim Berger" }] };
  it.each([
    ["Pim is a toothless tale about funny soldiers.", []],
    ["Pim is a lonely boy in a garrison town.", ["Role:pim-rabbit-2019/pim-berger"]],
  ])("when the title cut short is called a film, it is the film: %s", (text, expected) => {
    expect(linked(analyze(text, cut))).toEqual(expected);
  });

  const short: FilmFacts = { title: "Carla", year: 2019, cast: [{ person: "Ines Rey", character: "Carla Moss" }] };
  it.each([
    ["Carla Moss runs a bakery in Leeds.", ["Role:carla-2019/carla-moss"]],
    ["Carla's husband leaves in the first reel.", ["Role:carla-2019/carla-moss"]],
    ["Rey's Carla is fierce and funny.", ["Person:ines-rey", "Role:carla-2019/carla-moss"]],
    ["Carla is a quiet triumph.", []],
    ["Carla kills her landlord in the first reel.", ["Role:carla-2019/carla-moss"]],
    ["Carla quietly smuggles the letters out.", ["Role:carla-2019/carla-moss"]],
    ["Carla opens with a funeral.", []],
    ["Carla follows a baker through one winter.", []],
    ["Carla dazzles from start to finish.", []],
    ["Carla inspires.", []],
  ])("when the title is a character's first name: %s", (text, expected) => {
    expect(linked(analyze(text, short))).toEqual(expected);
  });
});

describe("a character's first name after an honorific", () => {
  const show: FilmFacts = {
    title: "The Wren Hour",
    year: 2020,
    cast: [
      { person: "Mara Okafor", character: "Wren Tally" },
      { person: "Ines Rey", character: "Sunny Tally" },
      { person: "Jonah Pike", character: "Kim Ha-jun" },
    ],
  };
  it("is someone else: 'Mrs. Wren' is not Wren Tally (an honorific goes with a surname)", () => {
    expect(linked(analyze('Ines Rey is quite good as the long-suffering "Mrs. Wren."', show))).toEqual(["Person:ines-rey"]);
    expect(linked(analyze("Wren meets Mrs. Tally at the station.", show))).toEqual(["Role:the-wren-hour-2020/wren-tally"]);
  });
  it("is the character when the name is written surname first ('Mr. Kim' for Kim Ha-jun)", () => {
    expect(linked(analyze("Mr. Kim remarks on the smell.", show))).toEqual(["Role:the-wren-hour-2020/kim-ha-jun"]);
  });
});

describe("a name that is not a person here", () => {
  const kitchen: FilmFacts = { title: "Salt and Copper", year: 2007, cast: [{ person: "Ines Rey", character: "Remy" }, { person: "Per Dahl", character: "Auguste Gusteau" }] };
  it.each([
    "He lives under Gusteau's, a famous Paris restaurant now fallen on hard times.",
    "The pair team up to bring Gusteau's back to its former glory.",
  ])("is a place after a preposition of place or a verb of running it: %s", (text) => {
    expect(linked(analyze(text, kitchen))).toEqual([]);
  });
  it("is still the character with something owned after it", () => {
    expect(linked(analyze("Gusteau's ghost guides Remy.", kitchen))).toEqual(["Role:salt-and-copper-2007/auguste-gusteau", "Role:salt-and-copper-2007/remy"]);
  });
  it("is the name itself after 'his last name happens to be'", () => {
    const rug: FilmFacts = { title: "The Big Rug", year: 1998, cast: [{ person: "Mara Okafor", character: "Dude" }, { person: "Jon Sand", character: "The Big Rug" }, { person: "Ada Berg", character: "Maude Rug" }] };
    expect(linked(analyze("His real last name happens to be Rug, which he shares with a rather affluent gentleman.", rug))).toEqual([]);
  });
  it("is the film in a headline giving its year ('The Big Rug (1998)'), not the character of that name", () => {
    const rug: FilmFacts = { title: "The Big Rug", year: 1998, cast: [{ person: "Mara Okafor", character: "Dude" }, { person: "Jon Sand", character: "The Big Rug" }] };
    expect(linked(analyze("The Big Rug (1998)", rug))).toEqual([]);
    expect(linked(analyze("The Big Rug (Jon Sand) is a rich man.", rug))).toContain("Role:the-big-rug-1998/the-big-rug");
  });
});

describe("a name before a typed dash", () => {
  it("is the name without the dash ('Okafor--I wouldn't')", () => {
    expect(linked(analyze("First, let's talk about Okafor--I wouldn't call her great, but she's good.", SIBLINGS))).toEqual(["Person:mara-okafor"]);
  });
});

describe("a title that is a character's name, in a list of titles", () => {
  const pig: FilmFacts = { title: "Pellet", year: 1996, cast: [{ person: "Mara Okafor", character: "Pellet" }] };
  it.each(["It came down to 'Braveheart,' 'Seven' and 'Pellet.'", "It came down to 'Braveheart' and 'Pellet'."])("is the film: %s", (text) => {
    expect(linked(analyze(text, pig))).toEqual([]);
  });
});

describe("a person who plays a character of their own name", () => {
  it("is linked as both the person and the character", () => {
    const film: FilmFacts = { title: "Open Road", year: 2020, cast: [{ person: "Rae Dunmore", character: "Rae Dunmore" }] };
    expect(linked(analyze("Rae Dunmore tells her own story.", film))).toEqual(["Person:rae-dunmore", "Role:open-road-2020/rae-dunmore"]);
  });
});

describe("critics' misspellings", () => {
  it.each(["Tobias Lindqvsit", "Tobais Lindqvist", "Tobias Lindqist"])("links a two-word name one letter off, the other word exact: %s", (name) => {
    expect(linked(analyze(`In the storm scene ${name} is terrific.`, SIBLINGS))).toEqual(["Person:tobias-lindqvist"]);
  });

  it("never reads a sentence's first word one letter from a first name as that name ('Then Pike' is not 'Theo Pike')", () => {
    const pikes: FilmFacts = { ...SIBLINGS, cast: [{ person: "Theo Pike", character: "Hal Brenner" }, { person: "Jonah Pike", character: "Ned Pike" }] };
    expect(linked(analyze("Then Pike sneers at the camera.", pikes))).toEqual([]);
  });

  it("never links a name two letters off, or one with both words changed", () => {
    expect(linked(analyze("Tobias Lindgren is terrific.", SIBLINGS))).toEqual([]);
    expect(linked(analyze("Tobyas Lindqvsit is terrific.", SIBLINGS))).toEqual([]);
  });

  it("never guesses a misspelt one-word name on its own", () => {
    expect(linked(analyze("Then Elyas sinks the ferry.", SIBLINGS))).toEqual([]);
  });

  it("links a misspelt one-word name the review ties to a character through its actor, everywhere in the review", () => {
    const result = analyze("Elyas (Tobias Lindqvist) runs a ferry. Then Elyas sinks it.", SIBLINGS);
    expect(linked(result)).toEqual(["Role:ember-road-2023/elias-brand", "Person:tobias-lindqvist", "Role:ember-road-2023/elias-brand"]);
  });

  it("links a variant of a character's name written after its actor and 'as'", () => {
    expect(linked(analyze("Lindqvist, as Eli Brand, is stern and sad.", SIBLINGS))).toEqual([
      "Person:tobias-lindqvist",
      "Role:ember-road-2023/elias-brand",
    ]);
  });
});

describe("names in their context", () => {
  it("reads ranks as titles of a character's name", () => {
    const war: FilmFacts = {
      title: "Fieldfare",
      year: 2018,
      cast: [
        { person: "Ned Olsen", character: "Lance Corporal Teague" },
        { person: "Kit Varley", character: "Lieutenant Owen Teague" },
        { person: "Sol Amari", character: "Sgt. Rico Vance" },
      ],
    };
    expect(linked(analyze("Teague carries the letter.", war))).toEqual(["Role:fieldfare-2018/lance-corporal-teague"]);
    expect(linked(analyze("At last he finds Owen.", war))).toEqual(["Role:fieldfare-2018/lieutenant-owen-teague"]);
    expect(linked(analyze("Everyone trusts Rico Vance.", war))).toEqual(["Role:fieldfare-2018/sgt-rico-vance"]);
  });

  it("reads titles of office as titles of a character's name, so a sentence's first word is not the character", () => {
    const capital: FilmFacts = {
      title: "Rotunda",
      year: 2016,
      cast: [
        { person: "Ned Olsen", character: "President Otto Brand" },
        { person: "Kit Varley", character: "First Lady Mara Brand" },
        { person: "Sol Amari", character: "Vice President Lyle Crane" },
      ],
    };
    expect(linked(analyze("First impression: it drags.", capital))).toEqual([]);
    expect(linked(analyze("Mara keeps the secret.", capital))).toEqual(["Role:rotunda-2016/first-lady-mara-brand"]);
    expect(linked(analyze("Otto never listens.", capital))).toEqual(["Role:rotunda-2016/president-otto-brand"]);
    expect(linked(analyze("Everyone fears Lyle Crane.", capital))).toEqual(["Role:rotunda-2016/vice-president-lyle-crane"]);
  });

  it("links a credited person's name after 'a' before a noun of their work ('a Payne specialty'), not an award", () => {
    const film: FilmFacts = { title: "Brass", year: 2015, directors: ["Ada Pell"], cast: [{ person: "Robert Vale", character: "Oscar Dunn" }] };
    expect(linked(analyze("The sweet-and-sour combo is something of a Pell specialty.", film))).toEqual(["Person:ada-pell"]);
    expect(linked(analyze("This is a Pell film through and through.", film))).toEqual(["Person:ada-pell"]);
    expect(linked(analyze("Vale won an Oscar.", film))).toEqual(["Person:robert-vale"]);
  });

  it("links a surname with its suffix ('Vale Jr.'s')", () => {
    const film: FilmFacts = { title: "Brass", year: 2015, cast: [{ person: "Robert Vale Jr.", character: "Dr. Pell" }] };
    expect(linked(analyze("Vale Jr.'s mumbling wears thin.", film))).toEqual(["Person:robert-vale-jr"]);
  });

  it("links a family name written first ('Seo Min-jun' is Seo), unless someone else is called by it", () => {
    const film: FilmFacts = {
      title: "Stairwell",
      year: 2019,
      directors: ["Seo Min-jun"],
      cast: [
        { person: "Park Ha-eun", character: "Kim Da-som" },
        { person: "Lee Joon-ki", character: "Park Tae-woo" },
      ],
    };
    expect(linked(analyze("Then Seo frames the house like a trap.", film))).toEqual(["Person:seo-min-jun"]);
    expect(linked(analyze("Then Park smiles at the tutor.", film))).toEqual(["Role:stairwell-2019/park-tae-woo"]);
    const singer: FilmFacts = { title: "Refrain", year: 2020, directors: ["Song Ji-ho"] };
    expect(linked(analyze("Song's eye for faces is the film's gift.", singer))).toEqual(["Person:song-ji-ho"]);
  });

  it("finds a credited name with a lowercase word inside", () => {
    const film: FilmFacts = { title: "Tow", year: 2011, cast: [{ person: "Dusty the Road Comic", character: "Hitch" }] };
    expect(linked(analyze("Dusty the Road Comic's drawl wears thin.", film))).toEqual(["Person:dusty-the-road-comic"]);
  });

  it("reads a name after an en dash with no spaces", () => {
    const film: FilmFacts = { title: "Ember Road", year: 2023, directors: ["Dana Whitlock"] };
    expect(linked(analyze("Paired with long silences–Whitlock and her crew build real dread.", film))).toEqual(["Person:dana-whitlock"]);
  });

  it("does not read 'the Queen' as a writer called Queen", () => {
    const film: FilmFacts = { title: "Gears", year: 2011, writers: ["Ben Queen"], cast: [{ person: "Owen Wolf", character: "Axle" }] };
    expect(linked(analyze("Axle is knighted by the Queen in the end.", film))).toEqual(["Role:gears-2011/axle"]);
    expect(linked(analyze("Queen's script is a mess.", film))).toEqual(["Person:ben-queen"]);
  });

  it("does not link a part the named actor played in another film", () => {
    const film: FilmFacts = {
      title: "Harbour Lights",
      year: 2021,
      cast: [
        { person: "Ana Ruiz", character: "Vera" },
        { person: "Lena Moss", character: "Dolores" },
      ],
    };
    expect(linked(analyze("Moss, who won an award as Vera in 1975, plays the widow here.", film))).toEqual(["Person:lena-moss"]);
    expect(linked(analyze("Ruiz is radiant as Vera.", film))).toEqual(["Person:ana-ruiz", "Role:harbour-lights-2021/vera"]);
  });

  it("links a character named by ordinary words, written lowercase after its actor and 'as'", () => {
    const film: FilmFacts = {
      title: "Inside the Head",
      year: 2015,
      cast: [
        { person: "Lewis Hale", character: "Anger" },
        { person: "Cilla Ward", character: "Shivering Soldier" },
      ],
    };
    expect(linked(analyze("Hale is perfectly cast as anger.", film))).toEqual(["Person:lewis-hale", "Role:inside-the-head-2015/anger"]);
    expect(linked(analyze("Ward, as a shivering soldier, haunts the film.", film))).toEqual([
      "Person:cilla-ward",
      "Role:inside-the-head-2015/shivering-soldier",
    ]);
    expect(linked(analyze("The film is about anger, and Hale knows it.", film))).toEqual(["Person:lewis-hale"]);
  });

  it("gives a first name joined to a full name its surname ('Joel and Ethan Carver')", () => {
    const film: FilmFacts = { title: "Saltmarsh", year: 2022, directors: ["Joel Carver", "Ethan Carver"] };
    expect(linked(analyze("Although slight, Joel and Ethan Carver's film is handsome.", film))).toEqual(["Person:joel-carver", "Person:ethan-carver"]);
  });

  it("does not read a real person's memoir as the character of the same name", () => {
    const film: FilmFacts = { title: "Hollow Creek", year: 2020, cast: [{ person: "Gil Hart", character: "Jamie Ross" }] };
    expect(linked(analyze("Jamie Ross's 2016 memoir sold to a wide audience.", film))).toEqual([]);
    expect(linked(analyze("Jamie Ross's mother is a wreck.", film))).toEqual(["Role:hollow-creek-2020/jamie-ross"]);
  });
});

describe("names in critics' constructions", () => {
  const FILM: FilmFacts = {
    title: "Dan Harrow",
    year: 2027,
    cast: [
      { person: "Mara Okafor-Lind", character: "Dan Harrow" },
      { person: "Ivo Pell", character: "Lena Harrow" },
      { person: "Tess Quayle", character: "Gloom" },
    ],
  };

  it("reads a capitalized compound ending in a participle ('Oscar-winning') as a modifier, not part of the name", () => {
    expect(linked(analyze("The cast is fine, while the Oscar-winning Okafor-Lind is superb.", FILM))).toEqual(["Person:mara-okafor-lind"]);
  });

  it("reads the title after 'named' as the character ('a drifter named Dan Harrow')", () => {
    expect(linked(analyze("Okafor-Lind plays a drifter named Dan Harrow who wants to go home.", FILM))).toEqual([
      "Person:mara-okafor-lind",
      "Role:dan-harrow-2027/dan-harrow",
    ]);
  });

  it("reads a character after 'as' as the story's 'as' when another name stands between it and an actor", () => {
    expect(linked(analyze("After Mara Okafor-Lind moves out of the family house, Lena Harrow falls apart, as Gloom (v. Tess Quayle) takes over the whole story.", FILM))).toEqual([
      "Person:mara-okafor-lind",
      "Role:dan-harrow-2027/lena-harrow",
      "Role:dan-harrow-2027/gloom",
      "Person:tess-quayle",
    ]);
  });

  it("reads a surname the title character shares with another character as the title character", () => {
    expect(linked(analyze("We learn that Harrow was once a boxer.", FILM))).toEqual(["Role:dan-harrow-2027/dan-harrow"]);
    expect(linked(analyze("Lena Harrow barely speaks.", FILM))).toEqual(["Role:dan-harrow-2027/lena-harrow"]);
  });
});

describe("a character credited by a bare name beside a younger self credited after it", () => {
  const YEARS: FilmFacts = {
    title: "Salt Years",
    year: 2024,
    cast: [
      { person: "Ruth Kell", character: "Mira" },
      { person: "Per Dahl", character: "Tomas" },
      { person: "Ines Rey", character: "Young Mira" },
      { person: "Jon Sand", character: "Young Tomas" },
    ],
  };
  it.each([
    ["Mira is now married to a writer in New York.", ["Role:salt-years-2024/mira"]],
    ["There is an awkwardness between Mira and Tomas on the phone.", ["Role:salt-years-2024/mira", "Role:salt-years-2024/tomas"]],
    ["Young Mira leaves Seoul with her family.", ["Role:salt-years-2024/young-mira"]],
  ])("reads the bare name as the character credited by it alone: %s", (text, ids) => {
    expect(linked(analyze(text, YEARS))).toEqual(ids);
  });
  it("keeps it unresolved when a bracket after it names an actor who does not play that character", () => {
    expect(linked(analyze("Classmates Mira (Ana Voss) and Tomas (Ines Rey) are inseparable.", YEARS)).filter((id) => id.startsWith("Role:salt-years-2024/mira"))).toEqual([]);
  });
});

describe("a film titled with its character's first name", () => {
  const BIOPIC: FilmFacts = {
    title: "Hanne",
    year: 2023,
    directors: ["Ines Calloway"],
    cast: [
      { person: "Lotte Brey", character: "Hanne Lund" },
      { person: "Dario Venn", character: "Otis King" },
    ],
  };
  it.each(["Calloway bounces through Hanne's childhood, her sudden fame and her fall.", "The camera never leaves Hanne's face."])(
    "reads the name before a noun of a person's life or body as the character: %s",
    (text) => {
      expect(linked(analyze(text, BIOPIC))).toContain("Role:hanne-2023/hanne-lund");
    },
  );
  it("reads the title before other nouns as the film", () => {
    expect(linked(analyze("Hanne's back half drags.", BIOPIC))).toEqual([]);
  });
  it("reads a character's surname after 'the', ending the noun phrase, as a title ('the King himself'), not the character", () => {
    expect(linked(analyze("Our narrator is not the King himself, but his manager.", BIOPIC))).toEqual([]);
    expect(linked(analyze("Venn barks his way through the King raid.", BIOPIC))).toEqual(["Person:dario-venn", "Role:hanne-2023/otis-king"]);
  });
});

describe("a documentary titled with the name of its subject, credited as himself", () => {
  const DOC: FilmFacts = {
    title: "Brandt",
    year: 2022,
    directors: ["Ines Calloway"],
    cast: [
      { person: "Oskar Brandt", character: "Himself" },
      { person: "Lotte Brey", character: "Herself" },
    ],
  };
  it("reads the title after a verb done to a person as the man ('Calloway asking Brandt')", () => {
    expect(linked(analyze("The documentary begins with Calloway asking Brandt what he wants.", DOC))).toEqual(["Person:ines-calloway", "Person:oskar-brandt"]);
  });
  it("reads the title after the second 'as' of a comparison as the film, not as a part played", () => {
    expect(linked(analyze("But when a film is as tense as Brandt, that becomes a quibble.", DOC))).toEqual([]);
    expect(linked(analyze("Brey as Brandt is superb.", DOC))).toEqual(["Person:lotte-brey", "Person:oskar-brandt"]);
  });
});
