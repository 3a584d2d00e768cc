import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../src/config";
import { CypherRegistry } from "../../src/db/cypher-registry";
import { Database } from "../../src/db/database";
import { createDriver } from "../../src/db/driver";
import { allMigrations, applyMigrations } from "../../src/db/migrations";
import { filmId } from "../../src/graph/ids";
import { bulkImportImdb, BulkImportRefusedError, type BulkImdbImportOptions, type BulkImdbImportSummary } from "../../src/importers/imdb/bulk/bulk-import-imdb";
import { importImdb, type ImdbImportSummary } from "../../src/importers/imdb/import-imdb";
import { freePort } from "../support/free-port";
import { cleanEnv, runScript } from "../support/run-cli";
import { startTestNeo4j, TEST_PASSWORD } from "../support/test-neo4j";

// `import imdb --bulk` (neo4j-admin database import into an empty database) on the fixture data set
// of tests/fixtures/imdb must write the graph the Cypher importer writes. Each path gets a Neo4j of
// its own (the bulk import replaces a whole database): the Cypher importer into an empty, migrated
// database, the bulk import into a new folder. The first folder, once holding the Cypher import,
// shows the refusals (Neo4j running; a database that is not empty).
const FIXTURES = path.join(__dirname, "../fixtures/imdb");
const EXPECTED_GRAPH = path.join(FIXTURES, "expected-graph.json");

let work: string;
let merged: { summary: ImdbImportSummary; graph: string[] };
let bulk: { summary: BulkImdbImportSummary; graph: string[]; fixture: string[]; migrations: string[]; search: string[]; httpAnswered: boolean };
let refusedWhileRunning: unknown;
let refusedNotEmpty: unknown;

const sortedKeys = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/** Every node but the migration records and every relationship, with labels, properties and each property's Cypher type, as sorted text. */
async function wholeGraph(db: Database): Promise<string[]> {
  const run = async (cypher: string) => (await db.driver.executeQuery(cypher, {}, { database: db.name })).records.map((r) => sortedKeys(r.toObject()));
  const nodes = await run(
    `MATCH (n) WHERE NOT n:Migration
     RETURN labels(n) AS labels, properties(n) AS properties, COLLECT { UNWIND keys(n) AS k RETURN k + ': ' + valueType(n[k]) AS type ORDER BY type } AS types`,
  );
  const relationships = await run(
    "MATCH (a)-[r]->(b) RETURN labels(a) AS fromLabels, a.id AS from, type(r) AS type, properties(r) AS properties, labels(b) AS toLabels, b.id AS to",
  );
  return [...nodes, ...relationships].sort();
}

/** The fixture subgraph exactly as tests/integration/imdb-import.test.ts reads it for expected-graph.json. */
async function fixtureSubgraph(db: Database): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film) WHERE f.imdbId STARTS WITH 'tt90000' OR f.id IN $ids
     OPTIONAL MATCH (f)-[rel]-(n)
     OPTIONAL MATCH (n)-[second]-(m) WHERE n:Role OR n:Person
     RETURN properties(f) AS film, collect([type(rel), properties(rel), properties(n), type(second), properties(m)]) AS links`,
    { ids: [filmId("Quiet Harbour", 1998), filmId("Taken Key", 2005)] },
    { database: db.name },
  );
  return records.map((r) => `${sortedKeys(r.get("film"))} ${(r.get("links") as unknown[]).map(sortedKeys).sort().join(" | ")}`).sort();
}

async function bulkOptions(home: string, extra: Partial<BulkImdbImportOptions> = {}): Promise<BulkImdbImportOptions> {
  return {
    local: {
      homeDir: home,
      cacheDir: loadConfig({ HOME: process.env.HOME }).local.cacheDir,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: "512m",
      pageCache: "128m",
      username: "neo4j",
      password: TEST_PASSWORD,
    },
    database: "neo4j",
    log: () => {},
    toolOutput: () => {},
    ...extra,
  };
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
const portAnswers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "imdb-bulk-"));
  const mergedHome = path.join(work, "merged");
  const neo4j = await startTestNeo4j({ homeDir: mergedHome });
  const driver = createDriver({ uri: neo4j.boltUri, username: "neo4j", password: TEST_PASSWORD, retryMs: 30_000 });
  try {
    const db = new Database(driver, "neo4j", CypherRegistry.load(), { readMs: 60_000, writeMs: 120_000 });
    await applyMigrations(db);
    const summary = await importImdb(db, FIXTURES, { stateDir: path.join(work, "state") });
    merged = { summary, graph: await wholeGraph(db) };
    refusedWhileRunning = await refusal(bulkImportImdb(FIXTURES, await bulkOptions(mergedHome)));
  } finally {
    await driver.close();
    await neo4j.stop();
  }
  refusedNotEmpty = await refusal(bulkImportImdb(FIXTURES, await bulkOptions(mergedHome)));

  let read: Omit<typeof bulk, "summary"> | undefined;
  const options = await bulkOptions(path.join(work, "bulk"));
  const summary = await bulkImportImdb(
    FIXTURES,
    await bulkOptions(path.join(work, "bulk"), {
      local: options.local,
      afterImport: async (db) => {
        const { records } = await db.driver.executeQuery(
          "CALL db.index.fulltext.queryNodes('search', 'harbour') YIELD node RETURN node.id AS id ORDER BY id",
          {},
          { database: db.name },
        );
        read = {
          graph: await wholeGraph(db),
          fixture: await fixtureSubgraph(db),
          migrations: [...(await db.read("appliedMigrations")).map((row) => row.id as string)].sort(),
          search: records.map((r) => r.get("id") as string),
          httpAnswered: await portAnswers(options.local.httpPort),
        };
      },
    }),
  );
  bulk = { summary, ...read! };
}, 900_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe("import imdb --bulk", () => {
  it("writes the graph the Cypher importer writes into an empty database: nodes, properties and their types, relationships", () => {
    expect(bulk.graph.length).toBeGreaterThan(40);
    expect(bulk.graph).toEqual(merged.graph);
  });

  it("writes the fixture subgraph of expected-graph.json (but for Taken Key, which no earlier film holds here)", () => {
    // The Cypher test imports into a catalog where another IMDb entry (tt0000042) holds the key of
    // Taken Key (2005), and rejects tt9000011; in an empty database tt9000011 takes it.
    const takenKey = `"id":"${filmId("Taken Key", 2005)}"`;
    const expected = (JSON.parse(fs.readFileSync(EXPECTED_GRAPH, "utf8")) as string[]).filter((line) => !line.includes(takenKey));
    expect(bulk.fixture.filter((line) => !line.includes(takenKey))).toEqual(expected);
    expect(bulk.fixture.find((line) => line.includes(takenKey))).toContain('"imdbId":"tt9000011"');
  });

  it("reports the rows loaded, rejected and skipped per file as the Cypher importer does, and what it created", () => {
    const counts = (s: ImdbImportSummary) => ({
      files: s.files.map((f) => ({ file: f.file, rows: f.rows, loaded: f.loaded, rejected: f.rejected, skipped: f.skipped })),
      rows: s.rows,
      loaded: s.loaded,
      rejectedCount: s.rejectedCount,
      rejected: s.rejected,
      nodesCreated: s.nodesCreated,
      relationshipsCreated: s.relationshipsCreated,
      changed: s.changed,
    });
    expect(counts(bulk.summary)).toEqual(counts(merged.summary));
    expect(bulk.summary.phases.importTool).toBeGreaterThan(0);
  });

  it("leaves a database with every migration applied and its indexes online", () => {
    expect(bulk.migrations).toEqual(allMigrations().map((m) => m.id).sort());
    expect(bulk.search).toEqual([filmId("Quiet Harbour", 1998)]);
  });

  it("starts its own Neo4j with Bolt only: nothing answers on the HTTP port while it migrates", () => {
    expect(bulk.httpAnswered).toBe(false);
  });

  it("refuses, changing nothing, while the embedded Neo4j runs, and when the database is not empty", () => {
    expect(refusedWhileRunning).toBeInstanceOf(BulkImportRefusedError);
    expect((refusedWhileRunning as Error).message).toMatch(/is running \(pid \d+\): --bulk writes its database files and needs it stopped/);
    expect(refusedNotEmpty).toBeInstanceOf(BulkImportRefusedError);
    expect((refusedNotEmpty as Error).message).toMatch(/The database neo4j in .* is not empty: --bulk loads only into an empty database/);
  });

  it("answers NEO4J_URI (a server the project does not manage) with one line and exit status 1", async () => {
    const run = await runScript("src/cli.ts", ["import", "imdb", FIXTURES, "--bulk"], cleanEnv({ NEO4J_URI: "bolt://127.0.0.1:1", STATE_DIR: path.join(work, "cli-state") }));
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      "film-graph: --bulk loads into the Neo4j that film-graph runs itself, but NEO4J_URI is set (bolt://127.0.0.1:1): a server film-graph does not manage cannot be stopped to load files into. Unset NEO4J_URI, or import without --bulk (merges into any database).",
    ]);
  });
});
