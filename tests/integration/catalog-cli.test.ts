import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/db/database";
import { filmId } from "../../src/graph/ids";
import { openTestDatabase } from "../support/test-database";
import { cleanEnv, runScript } from "../support/run-cli";

// `film-graph film add` and `film-graph import films` as a user runs them, against the tests' Neo4j
// through NEO4J_URI. Names carry this run's stamp, so files running beside this one do not meet them.
jest.setTimeout(1_200_000);

const stamp = Date.now();
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-catalog-cli-"));
const env = cleanEnv({
  NEO4J_URI: process.env.TEST_NEO4J_URI ?? "",
  NEO4J_USERNAME: "neo4j",
  NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? "",
  STATE_DIR: path.join(workDir, "state"),
  // Test files run side by side on a shared machine: far above the service's default timeouts.
  NEO4J_WRITE_TIMEOUT_MS: "120000",
  NEO4J_READ_TIMEOUT_MS: "60000",
});
const cli = (...args: string[]) => runScript("src/cli.ts", args, env, 480_000);

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.driver.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

const title = (name: string) => `${name} ${stamp}`;
const person = (name: string) => `${name} ${stamp}`;
const keyOf = (name: string, year: number) => filmId(title(name), year);

/** Everything stored on and around the films: their properties and every link with its far node's properties. */
async function neighbourhood(ids: string[]): Promise<unknown[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film) WHERE f.id IN $ids
     OPTIONAL MATCH (f)-[l]-(n)
     OPTIONAL MATCH (n)<-[played:PLAYED]-(actor:Person)
     WITH f, l, n, collect(actor {.*}) AS actors
     RETURN f {.*} AS film, type(l) AS link, properties(l) AS linkProps, n {.*} AS node, actors
     ORDER BY f.id, link, node.id`,
    { ids },
    { database: db.name },
  );
  return records.map((r) => r.toObject());
}

function file(name: string, text: string): string {
  const full = path.join(workDir, name);
  fs.writeFileSync(full, text);
  return full;
}

describe("film-graph film add", () => {
  const key = keyOf("Harbour Lights", 2021);
  const flags = [
    "film", "add",
    "--title", title("Harbour Lights"), "--year", "2021", "--runtime", "104",
    "--director", person("Mara Quill"),
    "--writer", person("Mara Quill"), "--writer", person("Tomas Reyne"),
    "--cast", `${person("Ines Varga")} as Nell`, "--cast", `${person("Olu Barre")} as The Man Dressed as Santa`,
    "--imdb-id", `tt${String(stamp).slice(-9)}`,
  ];

  it("creates the film with its credits, then changes nothing the second time and says so", async () => {
    const first = await cli(...flags);
    expect(first.stderr).not.toMatch(/film-graph:/);
    expect(first.stdout).toBe(`Created Film:${key}\n`);
    expect(first.code).toBe(0);
    const stored = await neighbourhood([key]);
    expect(stored).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ link: "DIRECTED", node: expect.objectContaining({ name: person("Mara Quill") }) }),
        expect.objectContaining({ link: "WROTE", node: expect.objectContaining({ name: person("Tomas Reyne") }) }),
        // The first " as " separates actor and character: a character may contain "as".
        expect.objectContaining({ link: "IN", node: expect.objectContaining({ name: "The Man Dressed as Santa" }), actors: [expect.objectContaining({ name: person("Olu Barre") })] }),
      ]),
    );
    expect((stored[0] as { film: Record<string, unknown> }).film).toMatchObject({ title: title("Harbour Lights"), imdbId: `tt${String(stamp).slice(-9)}` });

    const again = await cli(...flags);
    expect(again.stdout).toBe(`Unchanged (the graph already had everything given): Film:${key}\n`);
    expect(again.code).toBe(0);
    expect(await neighbourhood([key])).toEqual(stored);
  });

  it("says Updated when a run adds a credit", async () => {
    const run = await cli("film", "add", "--title", title("Harbour Lights"), "--year", "2021", "--cast", `${person("Ada Brisk")} as Harbour Master`);
    expect(run.stdout).toBe(`Updated Film:${key}\n`);
    expect(run.code).toBe(0);
  });

  it.each([
    ["an unknown flag", ["--title", title("Never Stored"), "--directr", "X"], /^film-graph: unknown option '--directr' \(Did you mean --director\?\) \(--help lists the options\)\n$/],
    ["a year that is not a number", ["--title", title("Never Stored"), "--year", "twenty"], /^film-graph: option '--year <year>' argument 'twenty' is invalid\. It must be a whole number\. \(--help lists the options\)\n$/],
    ["no title", ["--year", "2020"], /^film-graph: required option '--title <title>' not specified \(--help lists the options\)\n$/],
    ["a cast credit without a character", ["--title", title("Never Stored"), "--cast", "Somebody"], /^film-graph: "Somebody" is not a cast credit: write it as "NAME as CHARACTER"/],
    ["a year out of range", ["--title", title("Never Stored"), "--year", "1700"], /^film-graph: --year: must be between 1870 and 2100\n$/],
    ["a blank character", ["--title", title("Never Stored"), "--cast", "Somebody as  "], /^film-graph: --cast #1 \(the character\): the character's name must not be empty or only whitespace\n$/],
  ])("refuses %s in one line with exit status 1, writing nothing", async (_what, args, message) => {
    const run = await cli("film", "add", ...args);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split("\n")).toHaveLength(2); // one line and its end
    expect(run.stdout).toBe("");
    expect(run.code).toBe(1);
    expect(await neighbourhood([keyOf("Never Stored", 2020), filmId(title("Never Stored"), null)])).toEqual([]);
  });
});

describe("film-graph import films", () => {
  it("JSON: writes the good films, rejects the bad one with its row and reason, and a second run changes nothing", async () => {
    const films = [
      { title: title("North Quay"), year: 2018, directors: [person("Lena Holt")], cast: [{ person: person("Rui Tam"), character: "Dock Hand" }] },
      { title: title("Broken Year"), year: 1700 },
      { title: title("South Quay"), year: 2019, writers: [person("Lena Holt")], people: [{ name: person("Lena Holt"), wikidataId: `Q${stamp}` }] },
    ];
    const json = file("films.json", JSON.stringify(films, null, 2));
    const ids = [keyOf("North Quay", 2018), keyOf("South Quay", 2019), keyOf("Broken Year", 1700)];

    const first = await cli("import", "films", json);
    expect(first.stdout).toMatch(new RegExp(`^Read 3 films from ${json} in \\d+\\.\\d s: 2 created, 0 updated, 0 unchanged, 1 rejected\\.\\n`));
    expect(first.stdout).toContain(`Rejected (nothing written for these):\n  row 2 "${title("Broken Year")}": year: must be between 1870 and 2100\n`);
    expect(first.code).toBe(1);
    // Not a terminal: one progress line per film on stderr.
    expect(first.stderr).toContain(`importing films: 2/3 films: row 2 rejected (${title("Broken Year")})\n`);
    const stored = await neighbourhood(ids);
    expect(new Set(stored.map((r) => (r as { film: { id: string } }).film.id))).toEqual(new Set([ids[0], ids[1]]));
    expect(stored).toEqual(expect.arrayContaining([expect.objectContaining({ link: "WROTE", node: expect.objectContaining({ wikidataId: `Q${stamp}` }) })]));

    const second = await cli("import", "films", json);
    expect(second.stdout).toMatch(/: 0 created, 0 updated, 2 unchanged, 1 rejected\.\n/);
    expect(second.code).toBe(1);
    expect(await neighbourhood(ids)).toEqual(stored);
  });

  it("CSV: FilmInput columns, lists split by |, created, updated and unchanged counted, a bad row rejected by its line", async () => {
    const multiLine = title("Multi\nLine");
    // Two films the file meets: one it adds to, one it gives exactly as stored.
    await cli("film", "add", "--title", title("Grey Orchard"), "--year", "2015");
    await cli("film", "add", "--title", title("Still Orchard"), "--year", "2016", "--director", person("Pia Ross"));
    const csv = file(
      "films.csv",
      [
        "title,year,runtimeMinutes,directors,writers,cast,people",
        `${title("Grey Orchard")},2015,97,${person("Pia Ross")} | ${person("Kai Fenn")},,"${person("Noor Adi")} as Ella | ${person("Sam Oyelaran")} as Ella's Father",${person("Kai Fenn")}=nm${String(stamp).slice(-8)}`,
        `${title("Still Orchard")},2016,,${person("Pia Ross")},,,`,
        `"${multiLine}",eighteen,,,,,`,
        `${title("Bad Cast")},2017,,,,${person("Noor Adi")} without a character,`,
        `${title("New Orchard")},2020,,,,,`,
      ].join("\n"),
    );
    const run = await cli("import", "films", csv);
    expect(run.stdout).toMatch(/: 1 created, 1 updated, 1 unchanged, 2 rejected\.\n/);
    expect(run.stdout).toContain(`  row 3 (line 4) ${JSON.stringify(multiLine)}: year: "eighteen" is not a whole number\n`);
    expect(run.stdout).toContain(`  row 4 (line 6) "${title("Bad Cast")}": "${person("Noor Adi")} without a character" is not a cast credit: write it as "NAME as CHARACTER"`);
    expect(run.code).toBe(1);
    const [grey] = (await neighbourhood([keyOf("Grey Orchard", 2015)])) as { film: Record<string, unknown> }[];
    expect(grey!.film).toMatchObject({ runtimeMinutes: expect.anything() });
    const links = await neighbourhood([keyOf("Grey Orchard", 2015)]);
    expect(links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ link: "DIRECTED", node: expect.objectContaining({ name: person("Kai Fenn"), imdbId: `nm${String(stamp).slice(-8)}` }) }),
        expect.objectContaining({ link: "IN", node: expect.objectContaining({ name: "Ella's Father" }) }),
      ]),
    );
    expect(await neighbourhood([keyOf("New Orchard", 2020)])).toHaveLength(1);
  });

  it("JSON Lines: a line that is not JSON or has an unknown field is rejected; a clean file's second run says nothing changed", async () => {
    const lines = file(
      "films.jsonl",
      [`{"title": "${title("Line One")}", "year": 2001}`, "", `{"title": "${title("Line Two")}", "year": 2002,`, `{"title": "${title("Line Three")}", "director": ["X"]}`].join("\n"),
    );
    const run = await cli("import", "films", lines);
    expect(run.stdout).toMatch(/: 1 created, 0 updated, 0 unchanged, 2 rejected\.\n/);
    expect(run.stdout).toMatch(/ {2}row 2 \(line 3\): not valid JSON \(.+\)\n/);
    expect(run.stdout).toContain(`  row 3 (line 4) "${title("Line Three")}": unknown field "director" (FilmInput has title, year, runtimeMinutes, directors, writers, cast, imdbId, wikidataId, people)\n`);

    const clean = file("clean.ndjson", `{"title": "${title("Line One")}", "year": 2001}\n`);
    const again = await cli("import", "films", clean);
    expect(again.stdout).toMatch(/: 0 created, 0 updated, 1 unchanged, 0 rejected\.\nNothing changed: every film was already in the graph as given\.\n$/);
    expect(again.code).toBe(0);
  });

  it.each([
    ["an unknown CSV column", () => file("typo.csv", `title,yeer\n${title("Never Imported")},2000\n`), [], /^film-graph: .*typo\.csv: unknown column "yeer" in the header \(the columns are title, year, /],
    ["a JSON file that is not JSON", () => file("broken.json", `[{"title": "${title("Never Imported")}"`), [], /^film-graph: cannot read .*broken\.json: it is not valid JSON \(/],
    ["an unknown format", () => file("films.txt", "{}"), [], /^film-graph: cannot tell the format of .*films\.txt from its extension: name it \.json, \.jsonl or \.csv, or give --format\n$/],
    ["a bad --format", () => file("films2.json", "[]"), ["--format", "xml"], /^film-graph: --format must be one of json, jsonl, csv, got "xml"\n$/],
    ["a file that is not UTF-8", () => { const f = path.join(workDir, "latin1.csv"); fs.writeFileSync(f, Buffer.from(`title\nCaf\xe9 ${stamp}\n`, "latin1")); return f; }, [], /^film-graph: cannot read .*latin1\.csv: it is not valid UTF-8 \(byte 0xE9 at offset 9\)/],
    ["a missing file", () => path.join(workDir, "missing.json"), [], /^film-graph: cannot read .*missing\.json: no such file\n$/],
  ])("refuses %s in one line with exit status 1, importing nothing", async (_what, makeFile, extra, message) => {
    const run = await cli("import", "films", makeFile(), ...extra);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stdout).toBe("");
    expect(run.code).toBe(1);
    expect(await neighbourhood([keyOf("Never Imported", 2000), filmId(title("Never Imported"), null), filmId(`Café ${stamp}`, null)])).toEqual([]);
  });
});
