import { analyze, linked } from "./film";

describe("linking names to the film's people and characters", () => {
  it("links a full name to the person and a character's name to the role", () => {
    const result = analyze("Miles Teller plays Andrew Neiman, a drummer.");
    expect(linked(result)).toEqual(["Person:miles-teller", "Role:whiplash-2014/andrew-neiman"]);
  });

  it.each([
    ["Simmons's timing is perfect.", "Simmons's"],
    ["Simmons’s timing is perfect.", "Simmons’s"],
    ["Watch Simmons' hands.", "Simmons'"],
    ["Watch Simmons’ hands.", "Simmons’"],
  ])("links a possessive surname: %s", (text, surface) => {
    const result = analyze(text);
    expect(linked(result)).toEqual(["Person:jk-simmons"]);
    expect(text.slice(result.mentions[0]!.start, result.mentions[0]!.end)).toBe(surface);
  });

  it("links a surname alone to the actor", () => {
    expect(linked(analyze("Teller is superb."))).toEqual(["Person:miles-teller"]);
  });

  it("links a character's first name and last name to the role", () => {
    expect(linked(analyze("Andrew practises until his hands bleed."))).toEqual(["Role:whiplash-2014/andrew-neiman"]);
    expect(linked(analyze("Then Fletcher throws a chair."))).toEqual(["Role:whiplash-2014/terence-fletcher"]);
  });

  it.each(["J.K. Simmons", "J. K. Simmons", "JK Simmons"])("links a name with initials: %s", (name) => {
    const result = analyze(`${name} is terrifying as Fletcher.`);
    expect(linked(result)).toEqual(["Person:jk-simmons", "Role:whiplash-2014/terence-fletcher"]);
    expect(result.mentions[0]!.start).toBe(0);
  });

  it("keeps a name shared by two characters unresolved, with both candidates", () => {
    const result = analyze("Neiman sits alone at the table.");
    expect(result.mentions).toEqual([]);
    expect(result.unresolved).toEqual([
      expect.objectContaining({
        surface: "Neiman",
        reason: "ambiguous",
        candidates: ["Role:whiplash-2014/andrew-neiman", "Role:whiplash-2014/jim-neiman"],
      }),
    ]);
  });

  it("keeps another film's director unresolved as unknown", () => {
    const result = analyze("Compared with Darren Aronofsky's Black Swan, this is leaner.");
    expect(result.mentions).toEqual([]);
    expect(result.unresolved).toEqual([expect.objectContaining({ surface: "Darren Aronofsky's", reason: "unknown" })]);
  });

  it("never links a longer name through a surname it contains", () => {
    const film = { title: "Rushmore", year: 1998, directors: ["Wes Anderson"], cast: [{ person: "Jason Schwartzman", character: "Max Fischer" }] };
    const result = analyze("It owes more to Paul Thomas Anderson than you would think.", film);
    expect(result.mentions).toEqual([]);
    expect(result.unresolved.map((u) => u.reason)).toEqual(["unknown"]);
    expect(linked(analyze("Anderson frames every shot like a diorama.", film))).toEqual(["Person:wes-anderson"]);
  });

  it("tells an actor from a character who shares the first name", () => {
    const film = { title: "The Father", year: 2020, cast: [{ person: "Anthony Hopkins", character: "Anthony" }] };
    expect(linked(analyze("Anthony Hopkins plays a man named Anthony.", film))).toEqual([
      "Person:anthony-hopkins",
      "Role:the-father-2020/anthony",
    ]);
  });

  it("does not read the film's title or a sentence's first word as a name", () => {
    const film = { title: "Sound of Metal", year: 2019, cast: [{ person: "Riz Ahmed", character: "Ruben Stone" }] };
    const result = analyze("Sound of Metal follows Ruben. Still Ruben drums. Ahmed’s eyes say it all.", film);
    expect(linked(result)).toEqual(["Role:sound-of-metal-2019/ruben-stone", "Role:sound-of-metal-2019/ruben-stone", "Person:riz-ahmed"]);
    expect(result.unresolved).toEqual([]);
  });

  it("does not read a title word as a character where the title holds an abbreviation", () => {
    const film = { title: "Harbor Lights: Vol. 2", year: 2031, cast: [{ person: "Cole Baxter", character: "Harbor" }] };
    expect(linked(analyze("Harbor Lights: Vol. 2's ending is as good as any. Harbor wins.", film))).toEqual(["Role:harbor-lights-vol-2-2031/harbor"]);
  });

  it("does not read a character's name before a word for its fans, products or franchise as the character", () => {
    const film = { title: "Night Warden", year: 2031, cast: [{ person: "Cole Baxter", character: "Night Warden" }, { person: "Ida Roth", character: "Vexa" }] };
    expect(linked(analyze("Only Vexa completists will sit through it.", film))).toEqual([]);
    expect(linked(analyze("It plays like an ad for Vexa dolls.", film))).toEqual([]);
    expect(linked(analyze("Vexa is a thrilling creation.", film))).toEqual(["Role:night-warden-2031/vexa"]);
  });

  it("counts a target once per sentence", () => {
    expect(linked(analyze("Fletcher yells, and Fletcher smiles."))).toEqual(["Role:whiplash-2014/terence-fletcher"]);
  });
});

describe("a surname two actors share", () => {
  const TENENBAUMS = {
    title: "The Royal Tenenbaums",
    year: 2001,
    cast: [
      { person: "Luke Wilson", character: "Richie Tenenbaum" },
      { person: "Owen Wilson", character: "Eli Cash" },
    ],
  };

  it("is the actor of the character the sentence names", () => {
    expect(linked(analyze("Wilson is wonderful as Richie.", TENENBAUMS))).toEqual([
      "Person:luke-wilson",
      "Role:the-royal-tenenbaums-2001/richie-tenenbaum",
    ]);
  });

  it("stays unresolved without such a character", () => {
    const result = analyze("Wilson is wonderful.", TENENBAUMS);
    expect(result.mentions).toEqual([]);
    expect(result.unresolved[0]).toMatchObject({ reason: "ambiguous", candidates: ["Person:luke-wilson", "Person:owen-wilson"] });
  });
});
