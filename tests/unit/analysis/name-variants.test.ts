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

  it("links a possessive whose apostrophe stands before the name's closing s", () => {
    expect(linked(analyze("Cumbersome as it is, Timmon’s turn is great.", MILL))).toEqual(["Person:jessa-timmons"]);
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
