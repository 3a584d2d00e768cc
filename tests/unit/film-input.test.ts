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
    });
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
