import { validateFilm } from "../../src/ingest/film-input";
import { InvalidInputError } from "../../src/ingest/input-errors";

describe("validateFilm", () => {
  it("trims names and fills in empty lists", () => {
    expect(validateFilm({ title: "  Past Lives ", year: 2023, cast: [{ person: " Greta Lee ", character: "Nora " }] })).toEqual({
      title: "Past Lives",
      year: 2023,
      runtimeMinutes: null,
      directors: [],
      writers: [],
      cast: [{ person: "Greta Lee", character: "Nora" }],
      imdbId: null,
      wikidataId: null,
      people: [],
    });
  });

  it("stores names in NFC, whatever form they came in", () => {
    const film = validateFilm({ title: "Ame\u0301lie", directors: ["Jean-Pierre Jeunet"], cast: [{ person: "Audrey Tautou", character: "Ame\u0301lie Poulain" }] });
    expect(film.title).toBe("Am\u00e9lie");
    expect(film.cast?.[0]?.character).toBe("Am\u00e9lie Poulain");
  });

  it("takes outside ids of the film and its people, and refuses malformed ones", () => {
    const film = validateFilm({ title: "Past Lives", imdbId: "tt13238346", wikidataId: "Q107178393", people: [{ name: "Celine Song", imdbId: "nm5447408" }] });
    expect(film).toMatchObject({ imdbId: "tt13238346", wikidataId: "Q107178393", people: [{ name: "Celine Song", imdbId: "nm5447408", wikidataId: null }] });
    expect(() => validateFilm({ title: "X", imdbId: "nm5447408" })).toThrow(/^input\.imdbId: must be an IMDb id such as tt0000001$/);
    expect(() => validateFilm({ title: "X", wikidataId: "42" })).toThrow(/^input\.wikidataId: must be a Wikidata item id such as Q42$/);
    expect(() => validateFilm({ title: "X", people: [{ name: "A", imdbId: "tt13238346" }] })).toThrow(/^input\.people\.0\.imdbId: must be an IMDb id such as nm0000001$/);
  });

  it.each([
    ["a blank title", { title: "  " }, /^input\.title: the title must not be empty or only whitespace$/],
    ["a title too long", { title: "t".repeat(301) }, /^input\.title: the title must be at most 300 characters$/],
    ["a year out of range", { title: "X", year: 3000 }, /^input\.year: must be between 1870 and 2100$/],
    ["a negative runtime", { title: "X", runtimeMinutes: -5 }, /^input\.runtimeMinutes: must be a positive number of minutes$/],
    ["a blank director", { title: "X", directors: ["Ok Name", " "] }, /^input\.directors\.1: a name must not be empty/],
    ["a blank character", { title: "X", cast: [{ person: "A Person", character: "" }] }, /^input\.cast\.0\.character: the character's name must not be empty/],
    ["too many credits", { title: "X", cast: Array.from({ length: 501 }, (_, i) => ({ person: `P ${i}`, character: `C ${i}` })) }, /^input\.cast: at most 500 credits$/],
  ])("refuses %s, saying what to fix", (_what, input, message) => {
    expect(() => validateFilm(input)).toThrow(InvalidInputError);
    expect(() => validateFilm(input)).toThrow(message);
  });
});
