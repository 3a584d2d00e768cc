import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isDate } from "neo4j-driver";
import { analyticsNames, loadAnalytics } from "../../src/analytics/analytics-files";
import { applyOverrides } from "../../src/analytics/param-overrides";
import { runAnalytics } from "../../src/analytics/run-analytics";
import { captionProperty, GRASS_FILE, parseGrass } from "../../src/browser-style/grass";
import type { Database } from "../../src/db/database";
import type { LocalNeo4j } from "../../src/db/embedded/local-neo4j";
import { applyMigrations } from "../../src/db/migrations";
import { upsertFilm } from "../../src/graph/catalog-writes";
import { importVegaMovies, type ImportSummary } from "../../src/importers/vega-movies/import-vega-movies";
import { loadSeed } from "../../src/seed/load-seed";
import { readContract } from "../support/contract";
import { openTestDatabase } from "../support/test-database";
import { startTestNeo4j, TEST_PASSWORD } from "../support/test-neo4j";
import { startTestServer, type TestServer } from "../support/test-server";

// The whole vega-datasets movies.json imported into a Neo4j of this file's own (the catalog of
// 3,178 films must not change what the other test files see), beside the Sound of Metal seed; then
// the analytics, the GraphQL contract, the Browser style and the CLI on that catalog.
jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, "../..");
let neo4j: LocalNeo4j;
let db: Database;
let first: ImportSummary;

async function graphCounts(): Promise<Record<string, number>> {
  const { records } = await db.driver.executeQuery(
    `CALL () { MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n
               UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n
               UNION ALL MATCH (n) UNWIND keys(n) AS k RETURN 'property ' + k AS key, count(*) AS n }
     RETURN key, sum(n) AS n ORDER BY key`,
    {},
    { database: db.name },
  );
  return Object.fromEntries(records.map((r) => [r.get("key") as string, r.get("n") as number]));
}

beforeAll(async () => {
  neo4j = await startTestNeo4j();
  db = openTestDatabase(neo4j.boltUri);
  await applyMigrations(db);
  await loadSeed(db);
  // A film the catalog already knows, with a running time the data set lacks (it must survive).
  await db.write((tx) => upsertFilm(tx, { title: "The Land Girls", year: 1998, runtimeMinutes: 111 }));
  first = await importVegaMovies(db);
  process.stderr.write(
    `\n[vega import] ${first.rows} rows: loaded ${first.loaded} (${first.created} created, ${first.updated} updated), ` +
      `rejected ${first.rejected.length} ${JSON.stringify(first.rejectedByReason)}, ${first.seconds.toFixed(1)} s\n`,
  );
});

afterAll(async () => {
  await db?.driver.close();
  if (neo4j) {
    await neo4j.stop();
    fs.rmSync(neo4j.homeDir, { recursive: true, force: true });
  }
});

describe("importing vega movies", () => {
  it("loads the good rows and rejects the bad ones with their reasons", () => {
    expect(first).toMatchObject({ rows: 3201, loaded: 3178, created: 3177, updated: 1 });
    expect(first.rejectedByReason).toEqual({ "impossible release date": 22, "missing title": 1 });
    expect(first.seconds).toBeGreaterThan(0);
  });

  it("stores films with their director, genre and outside scores with their source", async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (f:Film {id: 'the-dark-knight-2008'})
       RETURN f {.*} AS film, [(p)-[:DIRECTED]->(f) | p.name] AS directors, [(f)-[:HAS_GENRE]->(g) | g.name] AS genres`,
      {},
      { database: db.name },
    );
    const row = records[0]!.toObject();
    expect(row.film).toMatchObject({
      title: "The Dark Knight",
      titleKey: "the-dark-knight",
      year: 2008,
      runtimeMinutes: 152,
      rottenTomatoesRating: 93,
      imdbRating: 8.9,
      mpaaRating: "PG-13",
      scoresSource: "vega-datasets movies.json",
    });
    // Dates are Neo4j temporal values (docs/identity.md), not text.
    expect(isDate(row.film.releaseDate)).toBe(true);
    expect(String(row.film.releaseDate)).toBe("2008-07-18");
    expect(row.directors).toEqual(["Christopher Nolan"]);
    expect(row.genres).toEqual(["Action"]);
  });

  it("never overwrites what the graph knows with a missing value", async () => {
    const { records } = await db.driver.executeQuery(
      "MATCH (f:Film {id: 'the-land-girls-1998'}) RETURN f.runtimeMinutes AS runtime, f.imdbRating AS imdb",
      {},
      { database: db.name },
    );
    expect(records[0]!.toObject()).toEqual({ runtime: 111, imdb: 6.1 });
  });

  it("changes nothing when it runs again: same nodes, relationships and properties", async () => {
    const before = await graphCounts();
    const again = await importVegaMovies(db);
    expect(again).toMatchObject({ loaded: 3178, created: 0, updated: 0, newLinks: 0, unchanged: 3178 });
    expect(await graphCounts()).toEqual(before);
    expect(before.Film).toBe(3179);
    expect(before.Genre).toBe(12);
  });
});

describe("the imported catalog", () => {
  const run = (name: string, overrides: string[] = []) => {
    const query = loadAnalytics(name);
    return runAnalytics(db, query, applyOverrides(query.params, overrides));
  };

  it("runs every analytics file with its defaults", async () => {
    for (const name of analyticsNames()) await expect(run(name)).resolves.toBeDefined();
  });

  it("explains similar films by the paths between them", async () => {
    const { rows } = await run("similar-films", ["title=The Dark Knight"]);
    const batman = rows.find((r) => r.similarFilm === "Batman Begins");
    expect(batman).toBeDefined();
    expect((batman!.paths as string[]).join(" ")).toContain(
      "(Film The Dark Knight)<-[:DIRECTED]-(Person Christopher Nolan)-[:DIRECTED]->(Film Batman Begins)",
    );
  });

  it("rates genres by their outside scores and keeps the review-based queries working", async () => {
    const genres = await run("genre-ratings");
    expect(genres.rows.map((r) => r.genre)).toEqual(expect.arrayContaining(["Drama", "Comedy", "Action"]));
    expect(genres.rows.find((r) => r.genre === "Action")!.bestByImdb).toBe("The Dark Knight");
    const praised = await run("praised-performances");
    expect(praised.rows.map((r) => r.person)).toContain("Riz Ahmed");
    const consensus = await run("film-consensus");
    expect(consensus.rows.map((r) => r.film)).toEqual(["Sound of Metal"]);
  });

  it("answers the GraphQL contract over the whole catalog", async () => {
    const server: TestServer = await startTestServer(db);
    try {
      const acceptance = readContract("acceptance.graphql");
      const post = (operationName: string, variables: Record<string, unknown> = {}) =>
        fetch(server.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: acceptance, operationName, variables }),
        }).then((r) => r.json() as Promise<{ data?: any; errors?: unknown[] }>);
      const film = await post("FilmPage");
      expect(film.errors).toBeUndefined();
      expect(film.data.film.cast.map((c: any) => c.person.name)).toContain("Riz Ahmed");
      const dark = await post("FilmPage", { title: "the dark knight" });
      expect(dark.data.film).toMatchObject({ title: "The Dark Knight", year: 2008, directors: [{ name: "Christopher Nolan" }] });
      expect((await post("NodeLookup", { id: "Film:the-dark-knight-2008" })).data.node).toEqual({
        id: "Film:the-dark-knight-2008",
        __typename: "Film",
      });
      expect((await post("FilmPage", { title: "Gone with the Wind" })).data.film).toBeNull();
      const page = await server.query<{ films: { totalCount: number; edges: unknown[] } }>("{ films(first: 100) { totalCount edges { cursor } } }");
      expect(page.body.data?.films).toMatchObject({ totalCount: 3179 });
      expect(page.body.data?.films.edges).toHaveLength(100);
    } finally {
      await server.close();
    }
  });

  it("has a Browser style caption for every label in the graph, naming a property each node has", async () => {
    const styles = parseGrass(fs.readFileSync(GRASS_FILE, "utf8")).filter((r) => r.kind === "node" && r.name);
    const { records } = await db.driver.executeQuery("CALL db.labels() YIELD label RETURN label", {}, { database: db.name });
    const labels = records.map((r) => r.get("label") as string);
    expect(labels).toEqual(expect.arrayContaining(["Film", "Person", "Role", "Review", "Theme", "Aspect", "Genre"]));
    for (const label of labels) {
      const style = styles.find((s) => s.name === label);
      const property = captionProperty(style?.properties.caption);
      expect([label, property]).toEqual([label, expect.any(String)]);
      const { records: missing } = await db.driver.executeQuery(
        `MATCH (n:\`${label}\`) RETURN count(n) AS nodes, count(n[$property]) AS captioned`,
        { property },
        { database: db.name },
      );
      const counts = missing[0]!.toObject();
      expect([label, counts.captioned]).toEqual([label, counts.nodes]);
    }
  });
});

describe("the command line on the imported catalog", () => {
  const cli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["src/cli.ts", ...args], {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: neo4j.boltUri, NEO4J_PASSWORD: TEST_PASSWORD, LOG_LEVEL: "silent" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => (stdout += chunk));
      child.stderr.on("data", (chunk) => (stderr += chunk));
      child.once("exit", (code) => resolve({ code, stdout, stderr }));
    });

  it("runs an analytics query as CSV with parameters", async () => {
    const { code, stdout } = await cli(["analytics", "genre-ratings", "--param", "minFilms=200", "--format", "csv"]);
    expect(code).toBe(0);
    const lines = stdout.split("\r\n");
    expect(lines[0]).toBe("genre,films,rated,meanRottenTomatoes,meanImdb,bestByImdb");
    expect(lines.slice(1).filter(Boolean).map((l) => l.split(",")[0])).toEqual(
      expect.arrayContaining(["Drama", "Comedy", "Action", "Adventure", "Thriller/Suspense", "Horror"]),
    );
  });

  it("lists the analytics queries with their descriptions", async () => {
    const { code, stdout } = await cli(["analytics"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^similar-films +Films similar to one film/m);
    expect(stdout.trim().split("\n")).toHaveLength(analyticsNames().length);
  });

  it("runs a query file by path as JSON", async () => {
    const { code, stdout } = await cli(["analytics", "cypher/analytics/praised-performances.cypher", "--format", "json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expect.arrayContaining([expect.objectContaining({ person: "Riz Ahmed" })]));
  });

  it("fails in one line with exit status 1 on an unknown query or parameter", async () => {
    const unknown = await cli(["analytics", "no-such-query"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
    expect(unknown.stderr).toContain('no analytics query "no-such-query"; available: aspect-sentiment');
    const badParam = await cli(["analytics", "genre-ratings", "--param", "year=2005"]);
    expect(badParam.code).toBe(1);
    expect(badParam.stderr.trim()).toBe('film-graph: unknown parameter "year"; this query takes minFilms');
  });

  it("imports again from the command line without changing anything, listing the rejected rows on request", async () => {
    const { code, stdout, stderr } = await cli(["import", "vega-movies", "--rejected"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Loaded 3178 films: 0 created, 0 updated, 3178 unchanged; 0 new director/genre links.");
    expect(stdout).toContain("22  impossible release date");
    expect(stdout).toMatch(/row 401 {2}"Gone with the Wind" {2}impossible release date: released 2039-12-15/);
    expect(stderr).toContain("vega movies: 3178/3178 films");
  });
});
