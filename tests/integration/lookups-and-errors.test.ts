import type { Database } from "../../src/db/database";
import { MAX_BODY_BYTES } from "../../src/graphql/server";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

describe("lookups by name", () => {
  it.each(["sound of metal", "SOUND OF METAL", "  Sound Of Metal "])("finds the film by title %p", async (title) => {
    const { body } = await server.query(`query ($t: String!) { film(title: $t) { title } }`, { t: title });
    expect(body.data).toEqual({ film: { title: "Sound of Metal" } });
  });

  it("finds people and themes whatever the case, and themes by synonym", async () => {
    const { body } = await server.query(`{
      person(name: "RIZ AHMED") { name roles { name } }
      theme(name: "Deaf Culture") { name broader { name } }
      bySynonym: theme(name: "hearing loss") { name }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      // Other test files cast the same person in films of their own (people are reused by name).
      person: { name: "Riz Ahmed", roles: expect.arrayContaining([{ name: "Ruben Stone" }]) },
      theme: { name: "deaf culture", broader: [{ name: "deafness" }] },
      bySynonym: { name: "deafness" },
    });
  });

  it("answers null, not an error, for what does not exist", async () => {
    const { status, body } = await server.query(`{
      film(title: "No Such Film") { title }
      person(name: "Nobody Atall") { name }
      theme(name: "no-such-theme") { name }
      unknownKey: node(id: "Film:no-such-film-1999") { id }
      unknownType: node(id: "Spaceship:enterprise") { id }
      notAnId: node(id: "garbage") { id }
    }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ film: null, person: null, theme: null, unknownKey: null, unknownType: null, notAnId: null });
  });
});

describe("bad requests", () => {
  it("answers a malformed query with 400 GRAPHQL_PARSE_FAILED", async () => {
    const { status, body } = await server.query("{ film(title: ");
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });

  it("answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED", async () => {
    const { status, body } = await server.query("{ film(title: \"x\") { budget } }");
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it.each([
    ["a page over the maximum", `{ films(first: 1000) { totalCount } }`, /between 0 and 100/],
    ["a negative page", `{ film(title: "Sound of Metal") { reviews(first: -1) { totalCount } } }`, /between 0 and 100/],
    ["a cursor the list never gave", `{ films(first: 1, after: "bm90LWEtY3Vyc29y") { totalCount } }`, /not a cursor/],
  ])("answers %s with BAD_USER_INPUT", async (_what, query, message) => {
    const { body } = await server.query(query);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it("refuses a body over the limit with 413 and keeps serving", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename }`, variables: { padding: "x".repeat(MAX_BODY_BYTES * 2) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("PAYLOAD_TOO_LARGE");
    const after = await server.query(`{ film(title: "Sound of Metal") { year } }`);
    expect(after.body.data).toEqual({ film: { year: 2019 } });
  });
});

describe("pagination", () => {
  it("pages through films with cursors and never repeats one", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    // Pages of 100: other tests write a catalog of thousands of films into the same database.
    for (let page = 0; page < 200; page++) {
      const { body }: { body: { data?: any } } = await server.query<any>(
        `query ($after: String) { films(first: 100, after: $after) {
           totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const films: any = body.data!.films;
      // Films are only added meanwhile, never removed: every film of the first count must be seen.
      if (page === 0) total = films.totalCount;
      seen.push(...films.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!films.pageInfo.hasNextPage) break;
      after = films.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(total - 0);
    expect(seen).toContain("Film:sound-of-metal-2019");
  });
});
