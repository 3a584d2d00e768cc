import { readVegaMovies, vegaMoviesPath } from "../../src/importers/vega-movies/movies-file";
import { selectRows } from "../../src/importers/vega-movies/select-rows";
import { parseReleaseDate, uninvertTitle, validateRow } from "../../src/importers/vega-movies/validate-row";

// The row rules against the real data set (vega-datasets data/movies.json) and its known bad rows.
const rows = readVegaMovies();
const byTitle = (title: unknown) => rows.find((r) => (r as { Title: unknown }).Title === title);

it("finds movies.json in the vega-datasets package", () => {
  expect(vegaMoviesPath()).toMatch(/vega-datasets[/\\]data[/\\]movies\.json$/);
  expect(rows).toHaveLength(3201);
});

it("reads the file's release dates and refuses dates that are no calendar day", () => {
  expect(parseReleaseDate("Jun 12 1998")).toEqual({ iso: "1998-06-12", year: 1998 });
  expect(parseReleaseDate("2005-12-14")).toEqual({ iso: "2005-12-14", year: 2005 });
  expect(parseReleaseDate("Feb 30 2000")).toBeNull();
  expect(parseReleaseDate("Smarch 1 2000")).toBeNull();
  expect(parseReleaseDate("12/06/1998")).toBeNull();
});

it("rejects the century errors: Gone with the Wind released in 2039", () => {
  expect(validateRow(byTitle("Gone with the Wind"))).toEqual({
    ok: false,
    reason: "impossible release date",
    detail: "released 2039-12-15, outside 1900-2011",
  });
  expect(validateRow(byTitle("Intolerance"))).toMatchObject({ ok: false, reason: "impossible release date" });
});

it("rejects the row without a title and keeps numbers as titles (1776, 300, 9)", () => {
  expect(validateRow(rows.find((r) => (r as { Title: unknown }).Title === null))).toMatchObject({ ok: false, reason: "missing title" });
  expect(validateRow({ ...(byTitle(1776) as object), Title: "   " })).toMatchObject({ ok: false, reason: "missing title" });
  expect(validateRow(byTitle(1776))).toMatchObject({ ok: true, film: { title: "1776", year: 1972, releaseDate: "1972-11-09" } });
  expect(validateRow(byTitle(300))).toMatchObject({ ok: true, film: { title: "300", year: 2007 } });
});

it("keeps the real 2011 releases the data set announced (The Adventures of Tintin)", () => {
  const tintin = validateRow(byTitle("The Adventures of Tintin: Secret of the Unicorn"));
  expect(tintin).toMatchObject({ ok: true, film: { year: 2011, director: "Steven Spielberg" } });
});

it("rejects implausible running times and ratings out of range", () => {
  const good = byTitle("King Kong") as object;
  expect(validateRow({ ...good, "Running Time min": 0 })).toMatchObject({ ok: false, reason: "implausible running time" });
  expect(validateRow({ ...good, "Running Time min": 1440 })).toMatchObject({ ok: false, reason: "implausible running time" });
  expect(validateRow({ ...good, "Rotten Tomatoes Rating": 101 })).toMatchObject({ ok: false, reason: "rating out of range" });
  expect(validateRow({ ...good, "IMDB Rating": 0.5 })).toMatchObject({ ok: false, reason: "rating out of range" });
  expect(validateRow({ ...good, "IMDB Rating": "8" })).toMatchObject({ ok: false, reason: "rating out of range" });
  expect(validateRow({ ...good, "Release Date": null })).toMatchObject({ ok: false, reason: "unparseable release date" });
});

it("turns library-catalog titles around", () => {
  expect(uninvertTitle("Secret, The")).toBe("The Secret");
  expect(uninvertTitle("Story of Bonnie and Clyde, The")).toBe("The Story of Bonnie and Clyde");
  expect(uninvertTitle("Crouching Tiger, Hidden Dragon")).toBe("Crouching Tiger, Hidden Dragon");
});

it("keeps the first of rows naming the same film (title and year) and rejects the others as duplicates", () => {
  const kong = byTitle("King Kong") as object;
  const selection = selectRows([kong, { ...kong, Title: "king kong " }, { ...kong, "Release Date": "Dec 20 1976" }]);
  expect(selection.films).toHaveLength(1);
  expect(selection.rejected).toEqual([
    { row: 2, title: "king kong", reason: "duplicate", detail: "same title and year as row 1" },
    { row: 3, title: "King Kong", reason: "duplicate", detail: "same title and year as row 1" },
  ]);
});

it("over the whole file: 3,178 films, 22 impossible dates, 1 missing title, shared remake scores dropped", () => {
  const { films, rejected, ambiguousImdbScores } = selectRows(rows);
  expect(films).toHaveLength(3178);
  const reasons: Record<string, number> = {};
  for (const r of rejected) reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
  expect(reasons).toEqual({ "impossible release date": 22, "missing title": 1 });
  const kongs = films.filter((f) => f.title === "King Kong");
  expect(kongs.map((f) => [f.year, f.imdbRating, f.imdbVotes])).toEqual([
    [1976, null, null],
    [2005, null, null],
  ]);
  expect(ambiguousImdbScores).toBe(44);
  expect(new Set(films.map((f) => f.id)).size).toBe(films.length);
});
