import neo4j from "neo4j-driver";
import type { Database } from "../../src/db/database";
import { refreshFilmReviewKeys } from "../../src/graph/review-writes";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// The browsing queries on a catalog the size of the imported one (3,201 films with genres and
// scores, a few hundred reviews): paging through every film, filtering by genre and year, sorting
// by review-derived keys and searching stay correct and fast.
const FILMS = 3201;
const stamp = Date.now();
const prefix = `Scale ${stamp}`;
// Wall-clock time on a shared test machine says little; the work each statement does is measured
// in database hits (PROFILE) below, and how long requests took is printed with PROFILE_BROWSE=1.
const MAX_DB_HITS_PER_FILM = 10;
const report = (line: string) => {
  if (process.env.PROFILE_BROWSE) process.stderr.write(`[profile] ${line}\n`);
};
const genres = ["Drama", "Comedy", "Action", "Thriller", "Documentary"].map((g) => `${prefix} ${g}`);

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  // The shape the catalog import writes, in one statement (the importer's own code is not needed here).
  await db.driver.executeQuery(
    `UNWIND range(0, $films - 1) AS i
     WITH i, $prefix + ' Film ' + toString(i) AS title, 1930 + i % 90 AS year
     CREATE (f:Film {id: $slug + '-film-' + toString(i) + '-' + toString(year), title: title, year: year,
                     titleKey: $slug + '-film-' + toString(i), releaseDate: toString(year) + '-06-01',
                     imdbRating: 5.0 + (i % 50) / 10.0, imdbVotes: i * 10, scoresSource: 'test'})
     WITH f, i
     MERGE (g:Genre {id: $slug + '-' + toLower(split($genres[i % size($genres)], ' ')[-1])})
       ON CREATE SET g.name = $genres[i % size($genres)]
     MERGE (f)-[:HAS_GENRE]->(g)
     WITH f, i WHERE i % 10 = 0
     UNWIND range(1, 1 + i % 3) AS n
     CREATE (r:Review {id: f.id + '/review-' + toString(n), text: 'Review ' + toString(n) + ' of ' + f.title,
                       caption: 'A review on ' + f.title, sentiment: (i % 7 - 3) / 3.0, createdAt: datetime('2025-01-01T00:00:' + toString(10 + n) + 'Z')})
     CREATE (r)-[:REVIEWS]->(f)`,
    { films: FILMS, prefix, slug: `scale-${stamp}`, genres },
    { database: db.name },
  );
  // Reviews written around storeReview: their films' maintained sort keys are set as storeReview would.
  const { records } = await db.driver.executeQuery(
    "MATCH (f:Film)<-[:REVIEWS]-(:Review) WHERE f.id STARTS WITH $slug RETURN DISTINCT f.id AS id",
    { slug: `scale-${stamp}` },
    { database: db.name },
  );
  await db.write((tx) => refreshFilmReviewKeys(tx, records.map((record) => record.get("id") as string)));
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const FILM_PAGE = `query ($filter: FilmFilter, $sort: FilmSort, $after: String) {
  films(first: 100, after: $after, filter: $filter, sort: $sort) {
    totalCount edges { node { id year } } pageInfo { hasNextPage endCursor } } }`;

async function timed(query: string, variables: Record<string, unknown>): Promise<{ data: any; ms: number }> {
  const started = Date.now();
  const { body } = await server.query(query, variables);
  expect(body.errors).toBeUndefined();
  return { data: body.data, ms: Date.now() - started };
}

it("pages through every film of the catalog exactly once", async () => {
  const filter = { titleContains: prefix };
  const seen = new Set<string>();
  let after: string | null = null;
  let slowest = 0;
  for (;;) {
    const { data, ms } = await timed(FILM_PAGE, { filter, after });
    slowest = Math.max(slowest, ms);
    for (const edge of data.films.edges) seen.add(edge.node.id);
    expect(data.films.totalCount).toBe(FILMS);
    if (!data.films.pageInfo.hasNextPage) break;
    after = data.films.pageInfo.endCursor;
  }
  expect(seen.size).toBe(FILMS);
  report(`slowest of ${Math.ceil(FILMS / 100)} pages: ${slowest} ms`);
}, 180_000);

it("filters by genre and year range, and sorts by review-derived keys", async () => {
  const drama = await timed(FILM_PAGE, { filter: { genre: genres[0], yearFrom: 1950, yearTo: 1959 } });
  const expected = [...Array(FILMS).keys()].filter((i) => i % 5 === 0 && 1930 + (i % 90) >= 1950 && 1930 + (i % 90) <= 1959);
  expect(drama.data.films.totalCount).toBe(expected.length);
  expect(drama.data.films.edges.every((e: any) => e.node.year >= 1950 && e.node.year <= 1959)).toBe(true);
  report(`genre and years: ${drama.ms} ms`);
  for (const field of ["YEAR", "REVIEW_COUNT", "POSITIVE_SHARE", "LATEST_REVIEW"]) {
    const sorted = await timed(FILM_PAGE, { sort: { field, direction: "DESC" } });
    expect(sorted.data.films.edges).toHaveLength(100);
    report(`sorted by ${field}: ${sorted.ms} ms`);
  }
  const unreviewed = await timed(FILM_PAGE, { filter: { titleContains: prefix, reviewed: false } });
  expect(unreviewed.data.films.totalCount).toBe(FILMS - Math.ceil(FILMS / 10));
  // Each sort's statement is compiled on its first run (seconds on a loaded machine).
}, 240_000);

it("searches the catalog", async () => {
  const { data, ms } = await timed(`query ($q: String!) { search(query: $q, first: 20) { score fragment node { __typename ... on Film { title } } } }`, {
    q: `"film 3200" AND scale`,
  });
  expect(data.search.length).toBeGreaterThan(0);
  expect(data.search[0].node.title).toBe(`${prefix} Film 3200`);
  report(`search: ${ms} ms`);
});

// PROFILE_BROWSE=1 npx jest tests/integration/catalog-scale.test.ts also prints how the heavy
// statements run on this catalog (time, database hits, the scans and seeks they use).
it("the heavy statements stay within a few database hits per film", async () => {
  const filter = { titleKeyContains: null, yearFrom: null, yearTo: null, genreId: null, themeId: null, personId: null, reviewed: null };
  const verdict = { positiveAbove: 0.2, negativeBelow: -0.2, positiveScoreFrom: 61, negativeScoreTo: 39 };
  const base = { after: null, limit: 101, descending: false, ...verdict };
  const cases: [string, Record<string, unknown>][] = [
    ["filmsByTitle", { ...base, filter }],
    ["filmsByYear", { ...base, filter: { ...filter, genreId: `scale-${stamp}-drama`, yearFrom: 1950, yearTo: 1959 } }],
    ["filmsByTitle", { ...base, filter: { ...filter, titleKeyContains: "film-32" } }],
    ["filmsByPositiveShare", { ...base, filter, descending: true }],
    ["filmsByLatestReview", { ...base, filter, descending: true }],
    ["filmsCount", { filter: { ...filter, genreId: `scale-${stamp}-drama` } }],
    ["reviewsList", { ...base, filter: { filmId: null, author: null, verdict: "POSITIVE", dateFrom: null, dateTo: null }, sort: "CREATED_AT" }],
    ["search", { query: "film", limit: 100 }],
    ["themeCooccurrence", { limit: 10, minCount: 1 }],
    ["praisedPerformances", { limit: 10 }],
    ["criticsAgreement", { limit: 10, minReviews: 2, divided: true, ...verdict }],
  ];
  const ints = (params: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, ["limit", "minCount", "minReviews"].includes(k) ? neo4j.int(v as number) : v]));
  for (const [name, params] of cases) {
    const warm = Date.now();
    await db.driver.executeQuery(db.cypher.get(name as never).text, ints(params), { database: db.name });
    const warmMs = Date.now() - warm;
    const started = Date.now();
    const result = await db.driver.executeQuery(`PROFILE ${db.cypher.get(name as never).text}`, ints(params), { database: db.name });
    const hits = (plan: any): number => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s: number, c: any) => s + hits(c), 0);
    const operators = (plan: any): string[] => [plan.operatorType, ...(plan.children ?? []).flatMap(operators)];
    const plan = result.summary.profile;
    report(
      `${name} ${JSON.stringify(params).slice(60, 200)}: ${warmMs} ms (PROFILE ${Date.now() - started} ms), ` +
        `${hits(plan)} db hits, ${operators(plan).filter((o) => /Scan|Seek|Index/.test(o)).join(", ")}`,
    );
    expect(hits(plan)).toBeLessThan(MAX_DB_HITS_PER_FILM * FILMS);
  }
}, 240_000);

// An unfiltered page is ordered index scans with a limit: its database hits depend on the page
// size (here 100 + 1 rows), not on the catalog (the seed and the other test files add films too).
it("a page of films costs database hits by the page, not by the catalog", async () => {
  const filter = { titleKeyContains: null, yearFrom: null, yearTo: null, genreId: null, themeId: null, personId: null, reviewed: null };
  const hits = (plan: any): number => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s: number, c: any) => s + hits(c), 0);
  const statements = [
    ...(["filmsByTitle", "filmsByYear", "filmsByReviewCount", "filmsByPositiveShare", "filmsByLatestReview"] as const),
    ...(["filmsAllByTitle", "filmsAllByYear", "filmsAllByReviewCount", "filmsAllByPositiveShare", "filmsAllByLatestReview"] as const),
  ];
  for (const name of statements) {
    let after: unknown = null;
    for (let page = 0; page < 3; page += 1) {
      const params = { filter, after, limit: neo4j.int(101), descending: true };
      const result = await db.driver.executeQuery(`PROFILE ${db.cypher.get(name).text}`, params, { database: db.name });
      const nodes = result.records[0]?.get("nodes") as { key: unknown; node: { id: string } }[];
      expect(nodes).toHaveLength(101);
      report(`${name} page ${page + 1}: ${hits(result.summary.profile)} db hits`);
      expect(hits(result.summary.profile)).toBeLessThan(10 * 101);
      const last = nodes[99]!;
      after = { key: last.key, id: last.node.id };
    }
  }
  const count = await db.driver.executeQuery(`PROFILE ${db.cypher.get("filmCount").text}`, {}, { database: db.name });
  expect(hits(count.summary.profile)).toBeLessThan(10);
}, 240_000);
