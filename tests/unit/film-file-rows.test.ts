import { inFlagTerms } from "../../src/cli/film-command";
import { FilmFileError, filmFileFormat, filmFileRows } from "../../src/importers/film-file/film-file-rows";
import { parseCastEntry, parsePersonIds } from "../../src/importers/film-file/film-text-entries";

// How `film add` flags and `import films` files become FilmInput values (pure: no database).

describe("the text spellings of FilmInput's lists", () => {
  it("a cast credit is NAME as CHARACTER, split at the first ' as ' (any case)", () => {
    expect(parseCastEntry("Riz Ahmed as Ruben")).toEqual({ person: "Riz Ahmed", character: "Ruben" });
    expect(parseCastEntry("Ed Lane AS Man Dressed as Santa")).toEqual({ person: "Ed Lane", character: "Man Dressed as Santa" });
    expect(() => parseCastEntry("Riz Ahmed")).toThrow('"Riz Ahmed" is not a cast credit: write it as "NAME as CHARACTER"');
  });

  it("people's ids are NAME=ID, the kind told by the id, two entries of one name meeting", () => {
    expect(parsePersonIds(["Ada Brisk=nm9000001", "Ada Brisk=Q9000001", "Olu Barre=nm9000002"])).toEqual([
      { name: "Ada Brisk", imdbId: "nm9000001", wikidataId: "Q9000001" },
      { name: "Olu Barre", imdbId: "nm9000002" },
    ]);
    expect(() => parsePersonIds(["Ada Brisk"])).toThrow(/write it as "NAME=ID"/);
    expect(() => parsePersonIds(["Ada Brisk=tt1234567"])).toThrow(/IMDb name id \(nm…\) or a Wikidata item \(Q…\)/);
    expect(() => parsePersonIds(["A=nm1234567", "A=nm7654321"])).toThrow('"A" is given two different IMDb ids');
  });

  it("upsertFilm's field names read as the flags that set them", () => {
    expect(inFlagTerms("input.year: must be between 1870 and 2100; input.cast.1.character: must not be empty")).toBe(
      "--year: must be between 1870 and 2100; --cast #2 (the character): must not be empty",
    );
    expect(inFlagTerms("input.people.0.imdbId: must be an IMDb id")).toBe("--person-id #1 (the IMDb id): must be an IMDb id");
  });
});

describe("film files", () => {
  it("tells the format by extension unless --format says", () => {
    expect(filmFileFormat("a.JSON")).toBe("json");
    expect(filmFileFormat("a.ndjson")).toBe("jsonl");
    expect(filmFileFormat("a.txt", "csv")).toBe("csv");
    expect(() => filmFileFormat("a.txt")).toThrow(FilmFileError);
  });

  it("CSV: numbers read, lists split by |, blank cells absent, a record's own problem kept on its row", () => {
    const rows = filmFileRows(
      'Title,year,directors,cast\nA,2001,X | Y,"P as Q|R as S"\n\n"B\nb",,,\nC,20x1,,\nD,2002\n',
      "csv",
      "f.csv",
    );
    expect(rows).toEqual([
      { row: 1, line: 2, title: "A", input: { title: "A", year: 2001, directors: ["X", "Y"], cast: [{ person: "P", character: "Q" }, { person: "R", character: "S" }] } },
      { row: 2, line: 4, title: "B\nb", input: { title: "B\nb" } },
      { row: 3, line: 6, title: "C", problem: 'year: "20x1" is not a whole number' },
      { row: 4, line: 7, title: "D", problem: "it has 2 fields where the header has 4" },
    ]);
  });

  it("CSV: a header that is not FilmInput's fields stops the file", () => {
    expect(() => filmFileRows("title,genre\nA,Drama\n", "csv", "f.csv")).toThrow('f.csv: unknown column "genre" in the header');
    expect(() => filmFileRows("year\n2001\n", "csv", "f.csv")).toThrow("f.csv: the header has no title column");
    expect(() => filmFileRows("title,Title\nA,B\n", "csv", "f.csv")).toThrow("names the column title twice");
  });

  it("JSON: an array, or one object a line; unknown fields refused as GraphQL would", () => {
    expect(filmFileRows('[{"title": "A"}, 3, {"title": "B", "cast": [{"person": "P", "role": "Q"}]}]', "json", "f.json")).toEqual([
      { row: 1, line: null, title: "A", input: { title: "A" } },
      { row: 2, line: null, title: null, problem: expect.stringMatching(/^not an object/) },
      { row: 3, line: null, title: "B", problem: 'cast.0: unknown field "role" (CastInput has person, character)' },
    ]);
    expect(filmFileRows('{"title": "A"}\n\n{"title": \n', "json", "f.json")).toEqual([
      { row: 1, line: 1, title: "A", input: { title: "A" } },
      { row: 2, line: 3, title: null, problem: expect.stringMatching(/^not valid JSON \(/) },
    ]);
    expect(() => filmFileRows('[{"title": "A"}', "json", "f.json")).toThrow(/^cannot read f\.json: it is not valid JSON \(/);
  });
});
