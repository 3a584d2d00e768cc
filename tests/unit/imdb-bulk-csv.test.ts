import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { CsvSink } from "../../src/importers/imdb/bulk/csv-sink";
import { convertImdbToCsv } from "../../src/importers/imdb/bulk/imdb-to-csv";

// The CSV files handed to neo4j-admin database import: RFC 4180 quoting (the tool's default
// `--quote="`, no backslash escapes), null as an empty unquoted field, the header of id spaces.
let work: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "imdb-bulk-csv-"));
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const read = (file: string) => fs.readFileSync(file, "utf8");

it("quotes every string (inner quotes doubled), leaves numbers bare and null empty, and keeps every row", async () => {
  const file = path.join(work, "films.csv");
  const sink = new CsvSink<{ id: string; title: string; year: number | null }>(file, [
    { key: "id", header: "id:ID(Film)" },
    { key: "title", header: "title" },
    { key: "year", header: "year:long" },
  ]);
  const titles = ['Say "Cheese", Please', "Back\\slash; semi", "Comma, and 'single'", "Ünïcödé 🎬"];
  for (let i = 0; i < 45_000; i += 1) {
    const written = sink.push({ id: `f${i}`, title: titles[i % titles.length]!, year: i % 3 === 0 ? null : 1900 + (i % 100) });
    if (written) await written;
  }
  expect(await sink.close()).toBe(45_000);
  const text = read(file);
  expect(text.split("\n")[0]).toBe("id:ID(Film),title,year:long");
  expect(text.split("\n")[1]).toBe('"f0","Say ""Cheese"", Please",');
  expect(text.split("\n")[2]).toBe('"f1","Back\\slash; semi",1901');
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(45_000);
  expect(rows.slice(0, 4).map((r) => r.title)).toEqual(titles);
});

it("writes one node per key and one relationship per pair from the fixture folder", async () => {
  const { input, summary } = await convertImdbToCsv(path.join(__dirname, "../fixtures/imdb"), work);
  const rows = (file: string) => parse(read(file), { columns: true }) as Record<string, string>[];
  const nodes = Object.fromEntries(input.nodes.map((n) => [n.label, rows(n.file)]));
  const links = Object.fromEntries(input.relationships.map((r) => [r.type, rows(r.file)]));
  expect(Object.keys(nodes)).toEqual(["Film", "Genre", "Person", "Role"]);
  expect(Object.keys(links)).toEqual(["HAS_GENRE", "IN", "PLAYED", "DIRECTED", "WROTE"]);
  for (const [label, list] of Object.entries(nodes)) {
    const ids = list.map((n) => n[`id:ID(${label})`]);
    expect(new Set(ids).size).toBe(ids.length);
  }
  for (const list of Object.values(links)) {
    const pairs = list.map((l) => JSON.stringify(Object.values(l)));
    expect(new Set(pairs).size).toBe(pairs.length);
  }
  expect(summary.nodesCreated).toBe(Object.values(nodes).reduce((n, list) => n + list.length, 0));
  expect(summary.relationshipsCreated).toBe(Object.values(links).reduce((n, list) => n + list.length, 0));
  expect(nodes.Film!.find((f) => f.imdbId === "tt9000002")).toEqual({
    "id:ID(Film)": "night-ferry-2003",
    imdbId: "tt9000002",
    title: "Night Ferry",
    titleKey: "night-ferry",
    "year:long": "2003",
    "runtimeMinutes:long": "",
    "imdbRating:double": "6.1",
    "imdbVotes:long": "87",
    scoresSource: "IMDb title.ratings",
  });
});
