import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/db/database";
import { upsertFilm } from "../../src/graph/catalog-writes";
import { filmId, personId, roleId } from "../../src/graph/ids";
import { importImdb, type ImdbImportSummary } from "../../src/importers/imdb/import-imdb";
import { cleanEnv, runScript } from "../support/run-cli";
import { openTestDatabase } from "../support/test-database";

// The fixture data set of tests/fixtures/imdb (see its README) imported into the run's Neo4j:
// first interrupted after one committed batch, then resumed, then imported again.
const FIXTURES = path.join(__dirname, "../fixtures/imdb");
const FIXTURE_IMDB_IDS = ["tt9000001", "tt9000002", "tt9000004", "tt9000010", "tt9000011"];
// The fixture subgraph as the first importer (row maps, one MERGE statement per file, 5,000-row
// batches) wrote it: the faster importer must write exactly the same graph. Rewritten with
// IMDB_WRITE_EXPECTED_GRAPH=1 (only when the graph is meant to change).
const EXPECTED_GRAPH = path.join(FIXTURES, "expected-graph.json");

let db: Database;
let work: string;
let dataDir: string;
let stateDir: string;
let interrupted: ImdbImportSummary;
let resumed: ImdbImportSummary;
let filmsAfterInterruption: string[];
let checkpointAfterInterruption: { files: Record<string, { committedLine: number }> };

/** Everything the import may have written around the fixture films, as sorted text. */
async function fixtureSubgraph(): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film) WHERE f.imdbId STARTS WITH 'tt90000' OR f.id IN $ids
     OPTIONAL MATCH (f)-[rel]-(n)
     OPTIONAL MATCH (n)-[second]-(m) WHERE n:Role OR n:Person
     RETURN properties(f) AS film, collect([type(rel), properties(rel), properties(n), type(second), properties(m)]) AS links`,
    { ids: [filmId("Quiet Harbour", 1998), filmId("Taken Key", 2005)] },
    { database: db.name },
  );
  const text = (value: unknown): string =>
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
    );
  return records.map((r) => `${text(r.get("film"))} ${(r.get("links") as unknown[]).map(text).sort().join(" | ")}`).sort();
}

async function one<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.name });
  return records[0]!.toObject() as T;
}

beforeAll(async () => {
  db = openTestDatabase();
  work = fs.mkdtempSync(path.join(os.tmpdir(), "imdb-import-"));
  dataDir = path.join(work, "imdb");
  stateDir = path.join(work, "state");
  fs.cpSync(FIXTURES, dataDir, { recursive: true });
  // A film the catalog has without an IMDb id (the import joins it), and a key another IMDb
  // title already holds (the import must leave it alone).
  await db.write((tx) => upsertFilm(tx, { title: "Quiet Harbour", year: 1998, runtimeMinutes: 101 }));
  // Written as the catalog writers write a film (with its folded title key), so that the identity
  // data step other test files run on the shared database has nothing to change on it.
  await db.driver.executeQuery("MERGE (f:Film {id: $id}) SET f.title = 'Taken Key', f.titleKey = 'taken-key', f.year = 2005, f.imdbId = 'tt0000042'", { id: filmId("Taken Key", 2005) }, { database: db.name });

  // Interrupted once the first batch of two rows is committed.
  const abort = new AbortController();
  let advances = 0;
  const progress = () => ({ start: () => {}, stop: () => {}, advance: () => (++advances === 2 ? abort.abort() : undefined) });
  interrupted = await importImdb(db, dataDir, { stateDir, batchSize: 2, progress, signal: abort.signal });
  const [checkpoint] = fs.readdirSync(path.join(stateDir, "imdb-import"));
  checkpointAfterInterruption = JSON.parse(fs.readFileSync(path.join(stateDir, "imdb-import", checkpoint!), "utf8"));
  ({ films: filmsAfterInterruption } = await one<{ films: string[] }>(
    "MATCH (f:Film) WHERE f.imdbId IN $ids RETURN collect(f.imdbId) AS films",
    { ids: FIXTURE_IMDB_IDS },
  ));
  resumed = await importImdb(db, dataDir, { stateDir, batchSize: 2 });
});

afterAll(async () => {
  await db?.driver.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe("import imdb", () => {
  it("stops at a batch boundary on request, keeping a checkpoint of what it committed", () => {
    expect(interrupted.interrupted).toBe(true);
    expect(checkpointAfterInterruption.files["title.basics.tsv"]!.committedLine).toBe(3);
    expect(filmsAfterInterruption.sort()).toEqual(["tt9000001", "tt9000002"]);
  });

  it("resumes after the last committed batch and completes", () => {
    expect(resumed.interrupted).toBe(false);
    expect(resumed.files.map((f) => [f.file, f.resumedAfterLine])).toEqual([
      ["title.basics", 3],
      ["name.basics", 0],
      ["title.principals", 0],
      ["title.ratings", 0],
    ]);
    expect(fs.readdirSync(path.join(stateDir, "imdb-import"))).toEqual([]);
  });

  it("counts rows loaded, rejected and skipped by reason, per file", () => {
    const byFile = Object.fromEntries(resumed.files.map((f) => [f.file, f]));
    expect(byFile["title.basics"]).toMatchObject({
      rows: 13,
      loaded: 4,
      rejected: {
        "missing title": 1,
        "implausible year": 1,
        "implausible running time": 1,
        "wrong number of fields": 1,
        "duplicate id": 1,
        "malformed id": 1,
        "key taken by another IMDb entry": 1,
      },
      skipped: { "not a film": 2 },
    });
    expect(byFile["name.basics"]).toMatchObject({
      rows: 9,
      loaded: 5,
      rejected: { "missing name": 1, "implausible year": 1, "key taken by another IMDb entry": 1 },
      skipped: { "person not credited on an imported film": 1 },
    });
    expect(byFile["title.principals"]).toMatchObject({
      rows: 16,
      loaded: 7,
      rejected: { "unknown person": 3, "malformed characters": 1, "malformed ordering": 1 },
      skipped: { "crew category not in the graph": 1, "cast credit without a character": 1, "title not imported": 2 },
    });
    expect(byFile["title.ratings"]).toMatchObject({ rows: 5, loaded: 2, rejected: { "rating out of range": 2 }, skipped: { "title not imported": 1 } });
    expect(resumed.rejected.find((r) => r.reason === "key taken by another IMDb entry" && r.file === "title.basics")).toMatchObject({
      line: 13,
      detail: "tt9000011: its key is held by tt0000042 in the graph",
    });
  });

  it("stores films with IMDb ids, keys from the project's key functions, credits, genres and ratings", async () => {
    const harbour = filmId("Quiet Harbour", 1998);
    const film = await one<Record<string, unknown>>(
      `MATCH (f:Film {imdbId: 'tt9000001'})
       RETURN f.id AS id, f.runtimeMinutes AS runtime, f.imdbRating AS rating, f.imdbVotes AS votes,
              [(f)-[:HAS_GENRE]->(g) | g.name] AS genres,
              [(p)-[:DIRECTED]->(f) | p.imdbId] AS directors, [(p)-[:WROTE]->(f) | p.name] AS writers,
              [(p)-[:PLAYED]->(r)-[:IN]->(f) | [p.id, r.id, r.name, r.billing]] AS cast`,
    );
    expect(film.id).toBe(harbour); // the film the catalog had, now with its IMDb id
    expect(film.runtime).toBe(104);
    expect(film.rating).toBe(7.4);
    expect(film.votes).toBe(1234);
    expect((film.genres as string[]).sort()).toEqual(["Drama", "Romance"]);
    expect(film.directors).toEqual(["nm9000002"]);
    expect(film.writers).toEqual(["Ines Okonkwo-Laurent"]);
    expect((film.cast as unknown[][]).sort()).toEqual(
      [
        [personId("Mara Quillfeather"), roleId(harbour, "Lena Marsh"), "Lena Marsh", 1],
        [personId("Tobias Wren"), roleId(harbour, "Captain Hale"), "Captain Hale", 2],
        [personId("Tobias Wren"), roleId(harbour, "Narrator"), "Narrator", 2],
      ].sort(),
    );
    const others = await one<Record<string, unknown>>(
      `MATCH (ferry:Film {imdbId: 'tt9000002'}), (undated:Film {imdbId: 'tt9000010'}), (unicode:Film {imdbId: 'tt9000004'})
       RETURN ferry.runtimeMinutes AS ferryRuntime, undated.id AS undatedId, undated.year AS undatedYear,
              COUNT { (undated)-[:HAS_GENRE]->() } AS undatedGenres, unicode.id AS unicodeId,
              [(p:Person)-[:PLAYED]->(:Role)-[:IN]->(ferry) | p.name] AS ferryCast`,
    );
    expect(others).toEqual({
      ferryRuntime: null,
      undatedId: filmId("Undated Film", null),
      undatedYear: null,
      undatedGenres: 0,
      unicodeId: filmId("Échappée belle", 2011),
      ferryCast: ["José Ñúñez"],
    });
    const taken = await one<{ imdbId: string }>("MATCH (f:Film {id: $id}) RETURN f.imdbId AS imdbId", { id: filmId("Taken Key", 2005) });
    expect(taken.imdbId).toBe("tt0000042");
  });

  it("writes the same graph as the first importer did (films, people, roles, genres, ratings and their links)", async () => {
    const graph = await fixtureSubgraph();
    if (process.env.IMDB_WRITE_EXPECTED_GRAPH === "1") fs.writeFileSync(EXPECTED_GRAPH, `${JSON.stringify(graph, null, 1)}\n`);
    expect(graph).toEqual(JSON.parse(fs.readFileSync(EXPECTED_GRAPH, "utf8")));
  });

  it("changes nothing when run again", async () => {
    const before = await fixtureSubgraph();
    const again = await importImdb(db, dataDir, { stateDir, batchSize: 3 });
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, changed: { films: 0, people: 0, ratings: 0 }, loaded: resumed.loaded });
    expect(await fixtureSubgraph()).toEqual(before);
  });

  it("answers a folder without the IMDb files with one line and exit status 1, before touching a database", async () => {
    const empty = fs.mkdtempSync(path.join(work, "empty-"));
    const run = await runScript("src/cli.ts", ["import", "imdb", empty], cleanEnv({ NEO4J_URI: "bolt://127.0.0.1:1" }));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `film-graph: ${empty} lacks title.basics.tsv(.gz), name.basics.tsv(.gz), title.principals.tsv(.gz) (IMDb non-commercial data set files)`,
    ]);
  });
});
