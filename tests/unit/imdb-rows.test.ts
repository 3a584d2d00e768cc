import path from "node:path";
import { checkName, checkPrincipal, checkRating, checkTitle, columnsOf, parseCharacters } from "../../src/importers/imdb/imdb-rows";
import { openTsv, type TsvRow } from "../../src/importers/imdb/tsv-file";

const FIXTURES = path.join(__dirname, "../fixtures/imdb");

async function read(file: string, required: string[] = []) {
  const tsv = await openTsv(path.join(FIXTURES, file), required);
  const rows: TsvRow[] = [];
  for await (const row of tsv.rows()) rows.push(row);
  return { tsv, rows, col: columnsOf(tsv.columns) };
}

describe("IMDb TSV files", () => {
  it("reads the header, splits on tabs and turns \\N into null", async () => {
    const { tsv, rows } = await read("title.basics.tsv");
    expect(tsv.columns).toEqual(["tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear", "runtimeMinutes", "genres"]);
    expect(rows[0]).toEqual({ line: 2, fields: ["tt9000001", "movie", "Quiet Harbour", "Quiet Harbour", "0", "1998", null, "104", "Drama,Romance"] });
  });

  it("reads a gzip file as IMDb ships it", async () => {
    const { tsv, rows } = await read("name.basics.tsv.gz");
    expect(tsv.columns[0]).toBe("nconst");
    expect(rows.map((r) => r.fields[1])).toContain("José Ñúñez");
    expect(rows).toHaveLength(9);
  });

  it("refuses a file whose header lacks a column the import needs", async () => {
    await expect(openTsv(path.join(FIXTURES, "title.ratings.tsv"), ["tconst", "primaryTitle"])).rejects.toThrow(/lacks the column\(s\) primaryTitle/);
  });
});

describe("IMDb rows", () => {
  it("keeps movies and TV movies with nulls as null, and says why the others are left out", async () => {
    const { tsv, rows, col } = await read("title.basics.tsv");
    const verdicts = rows.map((r) => checkTitle(r.fields, tsv.columns.length, col));
    const byId = (id: string) => verdicts[rows.findIndex((r) => r.fields[0] === id)];
    expect(byId("tt9000001")).toEqual({ ok: true, value: { imdbId: "tt9000001", title: "Quiet Harbour", year: 1998, runtimeMinutes: 104, genres: ["Drama", "Romance"] } });
    expect(byId("tt9000002")).toMatchObject({ ok: true, value: { runtimeMinutes: null, year: 2003 } });
    expect(byId("tt9000010")).toEqual({ ok: true, value: { imdbId: "tt9000010", title: "Undated Film", year: null, runtimeMinutes: null, genres: [] } });
    expect(byId("tt9000003")).toEqual({ ok: false, skip: "not a film" });
    expect(byId("tt9000009")).toEqual({ ok: false, skip: "not a film" });
    expect(byId("tt9000005")).toMatchObject({ ok: false, reason: "missing title" });
    expect(byId("tt9000006")).toMatchObject({ ok: false, reason: "implausible year" });
    expect(byId("tt9000007")).toMatchObject({ ok: false, reason: "implausible running time" });
    expect(byId("tt9000012")).toMatchObject({ ok: false, reason: "wrong number of fields" });
    expect(byId("xx123")).toMatchObject({ ok: false, reason: "malformed id" });
  });

  it("checks people's names and years", async () => {
    const { tsv, rows, col } = await read("name.basics.tsv.gz");
    const verdict = (id: string) => checkName(rows.find((r) => r.fields[0] === id)!.fields, tsv.columns.length, col);
    expect(verdict("nm9000002")).toEqual({ ok: true, value: { imdbId: "nm9000002", name: "Tobias Wren", birthYear: 1955, deathYear: 2019 } });
    expect(verdict("nm9000003")).toMatchObject({ ok: true, value: { birthYear: null, deathYear: null } });
    expect(verdict("nm9000006")).toMatchObject({ ok: false, reason: "missing name" });
    expect(verdict("nm9000007")).toMatchObject({ ok: false, reason: "implausible year" });
  });

  it("reads characters as JSON arrays and maps categories to credits", async () => {
    const { tsv, rows, col } = await read("title.principals.tsv");
    const verdicts = rows.map((r) => checkPrincipal(r.fields, tsv.columns.length, col));
    expect(verdicts[1]).toEqual({ ok: true, value: { film: "tt9000001", person: "nm9000002", ordering: 2, kind: "PLAYED", characters: ["Captain Hale", "Narrator"] } });
    expect(verdicts[2]).toMatchObject({ ok: true, value: { kind: "DIRECTED", characters: [] } });
    expect(verdicts[3]).toMatchObject({ ok: true, value: { kind: "WROTE" } });
    expect(verdicts[4]).toEqual({ ok: false, skip: "crew category not in the graph" });
    expect(verdicts[7]).toEqual({ ok: false, skip: "cast credit without a character" });
    expect(verdicts[8]).toMatchObject({ ok: false, reason: "malformed characters" });
    expect(verdicts[11]).toMatchObject({ ok: false, reason: "malformed ordering" });
    expect(verdicts[12]).toMatchObject({ ok: true, value: { kind: "PLAYED", characters: ["Himself"] } });
  });

  it("parses character arrays strictly", () => {
    expect(parseCharacters(null)).toEqual([]);
    expect(parseCharacters('["Ruben"]')).toEqual(["Ruben"]);
    expect(parseCharacters('[" Lou  ","Lou"]')).toEqual(["Lou"]);
    expect(parseCharacters('"Ruben"')).toBeUndefined();
    expect(parseCharacters("[1]")).toBeUndefined();
    expect(parseCharacters("[Ruben]")).toBeUndefined();
  });

  it("keeps ratings 1-10 with whole vote counts", async () => {
    const { tsv, rows, col } = await read("title.ratings.tsv");
    const verdicts = rows.map((r) => checkRating(r.fields, tsv.columns.length, col));
    expect(verdicts[0]).toEqual({ ok: true, value: { imdbId: "tt9000001", rating: 7.4, votes: 1234 } });
    expect(verdicts[2]).toMatchObject({ ok: false, reason: "rating out of range" });
    expect(verdicts[4]).toMatchObject({ ok: false, reason: "rating out of range" });
  });
});
