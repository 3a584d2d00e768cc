import { createHash } from "node:crypto";
import type { Database } from "../../src/db/database";
import type { ExecutionPath } from "../../src/graphql/jit-executor";
import { OPERATIONS, type Targets } from "../benchmarks/peer/operations";
import { readContract } from "../support/contract";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// The compiled path (graphql-jit, the server's default executor: src/graphql/jit-executor.ts)
// against graphql-js (the reference) on the same database: every query of the contract, the
// benchmark's query mix and a set of refusals must get the same HTTP status, the same JSON answer
// text (data, errors with their messages, locations, paths and extensions.code) and the same headers.

let db: Database;
let jit: TestServer;
let reference: TestServer;
const paths: ExecutionPath[] = [];
let compilations = 0;

beforeAll(async () => {
  db = openTestDatabase();
  jit = await startTestServer(db, { executor: "jit", executionObserver: { onExecute: (path) => paths.push(path), onCompile: () => (compilations += 1) } });
  reference = await startTestServer(db, { executor: "graphql-js" });
});
afterAll(async () => {
  await jit.close();
  await reference.close();
  await db.driver.close();
});

interface Request {
  query?: string;
  extensions?: Record<string, unknown>;
  variables?: Record<string, unknown>;
  operationName?: string;
}

// A search hit's score is Lucene's, from the index's term statistics, which the other suites' writes
// change between any two requests: in an answer to a search it is compared as a number, not by value.
const FULL_TEXT_SCORE = /"score":(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;
const SEARCHES = /\bsearch\s*\(/;

async function answer(server: TestServer, request: Request) {
  const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
  const raw = await response.text();
  const text = SEARCHES.test(request.query ?? "") ? raw.replace(FULL_TEXT_SCORE, '"score":"<number>"') : raw;
  return {
    status: response.status,
    statements: response.headers.get("x-cypher-statements"),
    cacheControl: response.headers.get("cache-control"),
    contentType: response.headers.get("content-type"),
    // The answer's text (the order of its keys included), and parsed for the checks below.
    text,
    body: JSON.parse(text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

/**
 * Both servers' answers to `request`. Other suites write to the same Neo4j, so a pair that differs
 * is asked again (up to three times): an answer that differs in every pair is the executor's doing.
 */
async function bothAnswers(request: Request) {
  let pair = { compiled: await answer(jit, request), expected: await answer(reference, request) };
  for (let attempt = 1; attempt < 3 && JSON.stringify(pair.compiled) !== JSON.stringify(pair.expected); attempt++) {
    pair = { compiled: await answer(jit, request), expected: await answer(reference, request) };
  }
  return pair;
}

const acceptance = readContract("acceptance.graphql");
const analytics = readContract("analytics.graphql");
const scores = readContract("scores.graphql");

/** The contract's seed film and what hangs off it, as the benchmark's operations take them. */
const targets: Targets = {
  film: { id: "Film:sound-of-metal-2019", title: "Sound of Metal", year: 2019 },
  person: { name: "Paul Raci", character: "Joe" },
  theme: "deafness",
  search: "deaf drummer",
};

const contractQueries: [string, Request][] = [
  ["FilmPage", { query: acceptance, operationName: "FilmPage" }],
  ["PersonPage", { query: acceptance, operationName: "PersonPage" }],
  ["ThemePage", { query: acceptance, operationName: "ThemePage" }],
  ["FilmList", { query: analytics, operationName: "FilmList" }],
  ["FilmList, 2 a page", { query: analytics, operationName: "FilmList", variables: { first: 2 } }],
  ["Search", { query: analytics, operationName: "Search" }],
  ["FilmAnalytics", { query: analytics, operationName: "FilmAnalytics" }],
  ["GraphAnalytics", { query: analytics, operationName: "GraphAnalytics" }],
  ["FilmScores", { query: scores, operationName: "FilmScores", variables: { title: "Sound of Metal" } }],
];

const benchmarkQueries: [string, Request][] = OPERATIONS.filter((op) => !op.write).map((op) => [op.name, op.ours(targets)]);

const otherQueries: [string, Request][] = [
  [
    "deeper than the root statement fetches, with fragments, aliases and @include",
    {
      query: `query Deep($title: String!, $withCast: Boolean!) {
        film(title: $title) { ...Head reviews(first: 2) { totalCount edges { node { film { ...Head cast @include(if: $withCast) { person { roles { film { ...Head } } } } } } } } }
        again: film(title: $title) { title }
      }
      fragment Head on Film { id title year }`,
      variables: { title: "Sound of Metal", withCast: true },
    },
  ],
  ["a filtered list's totalCount (counted on demand)", { query: `{ films(first: 2, filter: { yearFrom: 2000 }) { totalCount edges { node { title } } } }` }],
  ["people and themes lists", { query: `{ people(first: 3) { totalCount edges { cursor node { name } } } themes(first: 3) { totalCount edges { node { name } } } }` }],
  ["node lookups of every type", { query: `{ a: node(id: "Film:sound-of-metal-2019") { __typename id } b: node(id: "Person:paul-raci") { __typename id ... on Person { name } } c: node(id: "Theme:deafness") { id } }` }],
  ["__typename alone", { query: `{ __typename }` }],
  ["null for a film that does not exist", { query: `{ film(title: "No Such Film Anywhere") { title } }` }],
  ["null for a node id of no known type", { query: `{ node(id: "Planet:mars") { id } }` }],
  ["introspection", { query: `{ __schema { queryType { name } types { name kind fields { name } } } }` }],
];

const refusals: [string, Request][] = [
  ["a list cursor changed by hand", { query: `{ films(first: 2, after: "bogus") { totalCount } }` }],
  [
    "a nested field's refusal, bubbling to the nullable film",
    { query: `query ($after: String) { film(title: "Sound of Metal") { title reviews(first: 1, after: $after) { totalCount } } }`, variables: { after: "bogus" } },
  ],
  ["a search the query syntax refuses", { query: `{ search(query: "AND (", first: 3) { score } }` }],
  ["a variable of the wrong type", { query: acceptance, operationName: "FilmPage", variables: { title: 5 } }],
  ["a required variable missing", { query: acceptance, operationName: "NodeLookup", variables: {} }],
  ["an operation name the document does not have", { query: acceptance, operationName: "NoSuchOperation" }],
  ["a page size over the limit", { query: `{ films(first: 100000) { totalCount } }` }],
];

describe("the compiled executor answers as graphql-js", () => {
  it.each([...contractQueries, ...benchmarkQueries, ...otherQueries])("%s", async (_name, request) => {
    paths.length = 0;
    const { compiled, expected } = await bothAnswers(request);
    expect(compiled).toEqual(expected);
    expect(expected.status).toBe(200);
    expect(expected.body.errors).toBeUndefined();
    expect(paths.length).toBeGreaterThan(0);
    expect(new Set(paths)).toEqual(new Set(["jit"]));
  });

  it.each(refusals)("%s", async (_name, request) => {
    const { compiled, expected } = await bothAnswers(request);
    expect(compiled).toEqual(expected);
    expect(expected.body.errors?.length).toBeGreaterThan(0);
    expect(expected.body.errors?.every((e) => typeof e.extensions?.code === "string")).toBe(true);
  });

  it("answers the NodeLookup of every node of the film page as graphql-js does", async () => {
    const page = await answer(jit, { query: acceptance, operationName: "FilmPage" });
    const film = (page.body.data as { film: { id: string; reviews: { edges: { node: { id: string } }[] }; cast: { person: { id?: string } }[] } }).film;
    const ids = [film.id, film.reviews.edges[0]!.node.id, "Person:riz-ahmed", "Theme:deafness"];
    for (const id of ids) {
      const { compiled, expected } = await bothAnswers({ query: acceptance, operationName: "NodeLookup", variables: { id } });
      expect(compiled).toEqual(expected);
      expect(expected.body.errors).toBeUndefined();
    }
  });

  it("compiles a document once, whether sent as text or as a persisted query's hash", async () => {
    const query = `query Persisted($title: String!) { film(title: $title) { title persistedYear: year } }`;
    const variables = { title: "Sound of Metal" };
    const persistedQuery = { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") };
    const expected = await answer(reference, { query, variables });
    paths.length = 0;
    const before = compilations;
    const byHashUnknown = await answer(jit, { extensions: { persistedQuery }, variables });
    expect(byHashUnknown.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const answers = [
      await answer(jit, { query, extensions: { persistedQuery }, variables }),
      await answer(jit, { extensions: { persistedQuery }, variables }),
      await answer(jit, { query, variables }),
    ];
    for (const compiled of answers) expect(compiled).toEqual(expected);
    expect(paths).toEqual(["jit", "jit", "jit"]);
    expect(compilations - before).toBe(1);
  });

  it("runs mutations through graphql-js", async () => {
    paths.length = 0;
    const result = await jit.mutate(`mutation { deleteReview(id: "Review:no-such-review") }`);
    expect(result.body.errors?.[0]?.extensions?.code).toBeDefined();
    expect(paths).toEqual(["graphql-js:not-a-query"]);
  });
});
