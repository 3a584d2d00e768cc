import fs from "node:fs";
import path from "node:path";
import { DEFAULT_OPERATION_LIMITS } from "../../src/config";
import type { Database } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// Operation limits (docs/limits.md): refused before execution, with the limit's code, HTTP 400,
// and no Cypher run (x-cypher-statements: 0).

let db: Database;
let server: TestServer;
let devServer: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  devServer = await startTestServer(db, { development: true });
});
afterAll(async () => {
  await server.close();
  await devServer.close();
  await db.driver.close();
});

/** `cast { person { roles { film { ... } } } }` nested `times` times under a film. */
function castCycle(times: number): string {
  return `{ film(title: "Sound of Metal") { ${"cast { person { roles { film { ".repeat(times)}title${" } } } }".repeat(times)} } }`;
}

async function expectRefused(query: string, code: string, variables?: Record<string, unknown>) {
  const { status, headers, body } = await server.query(query, variables);
  expect(body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(body.data ?? null).toBeNull();
  expect(status).toBe(400);
  expect(headers.get("x-cypher-statements")).toBe("0");
  return body.errors?.[0]?.message ?? "";
}

describe("operations a film site sends pass every limit", () => {
  const readme = fs.readFileSync(path.join(__dirname, "../../README.md"), "utf8");
  const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .flatMap((block) => (block[1] ?? "").split(/\n(?=\{|query )/))
    .map((text) => text.replace(/^#.*$/gm, "").trim())
    .filter(Boolean);

  it("finds the README's examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((text) => [text.slice(0, 60).replace(/\s+/g, " "), text]))("README: %s", async (_name, text) => {
    const { status, body } = await server.query(text);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it("a page of 100 films with their genres, directors and cast", async () => {
    const { body } = await server.query(
      `{ films(first: 100) { edges { node { title genres { name } directors { name } cast { name person { name } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
  });
});

describe("refusals", () => {
  it("refuses the issue's 8-level cast { person { roles { film ... query as too deep", async () => {
    const query = castCycle(8);
    expect(Buffer.byteLength(query)).toBeLessThan(400);
    const message = await expectRefused(query, "OPERATION_TOO_DEEP");
    expect(message).toMatch(new RegExp(`depth limit of ${DEFAULT_OPERATION_LIMITS.depth} exceeded, found 34`));
  });

  it("refuses nested lists within the depth limit by their cost", async () => {
    const message = await expectRefused(castCycle(2), "OPERATION_TOO_COSTLY");
    expect(message).toMatch(new RegExp(`cost limit of ${DEFAULT_OPERATION_LIMITS.cost} exceeded, estimated \\d+`));
  });

  it("multiplies the cost by first, given inline or as a variable", async () => {
    const query = `query ($n: Int) { films(first: $n) { edges { node { reviews(first: $n) { edges { node { text themes { name } } } } } } } }`;
    await expectRefused(query, "OPERATION_TOO_COSTLY", { n: 100 });
    const { body } = await server.query(query, { n: 5 });
    expect(body.errors).toBeUndefined();
  });

  it("a document whose cost was estimated before is still refused, by the values of its variables", async () => {
    // The estimate is remembered per document and per value of the variables the cost reads
    // (src/graphql/limits/cost.ts): the same text asked again, cheap then costly then cheap, is
    // judged on each request's own values, and a refused request runs no Cypher however often sent.
    const query = `query Costly($n: Int, $deep: Boolean!) { films(first: $n) { edges { node { title
      reviews(first: $n) @include(if: $deep) { edges { node { text themes { name } } } } } } } }`;
    for (let round = 0; round < 2; round++) {
      expect((await server.query(query, { n: 5, deep: true })).body.errors).toBeUndefined();
      await expectRefused(query, "OPERATION_TOO_COSTLY", { n: 100, deep: true });
      // Without the nested list the same first is cheap: @include's variable counts too.
      expect((await server.query(query, { n: 100, deep: false })).body.errors).toBeUndefined();
    }
    await expectRefused(castCycle(2), "OPERATION_TOO_COSTLY");
  });

  it("a refused estimate is not remembered for variables that do not fit the operation", async () => {
    const query = `query Costly($n: Int, $title: String!) { a: films(first: $n) { edges { node { title } } }
      b: film(title: $title) { cast { person { roles { film { cast { person { roles { film { title } } } } } } } } } }`;
    // $title missing: no estimate (execution refuses the variables), then the same values valid.
    const missing = await server.query(query, { n: 1 });
    expect(missing.body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    await expectRefused(query, "OPERATION_TOO_COSTLY", { n: 1, title: "Sound of Metal" });
  });

  it("refuses 1,000 aliases of search before parsing them all", async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: search(query: "metal") { score }`).join(" ")} }`;
    const message = await expectRefused(query, "TOO_MANY_TOKENS");
    expect(message).toContain(`Token limit of ${DEFAULT_OPERATION_LIMITS.tokens} exceeded`);
  });

  it("refuses more aliases than the limit", async () => {
    const count = DEFAULT_OPERATION_LIMITS.aliases + 1;
    const query = `{ ${Array.from({ length: count }, (_, i) => `a${i}: genres { name }`).join(" ")} }`;
    const message = await expectRefused(query, "TOO_MANY_ALIASES");
    expect(message).toContain(`Aliases limit of ${DEFAULT_OPERATION_LIMITS.aliases} exceeded, found ${count}`);
  });

  it("refuses more directives than the limit", async () => {
    const count = DEFAULT_OPERATION_LIMITS.directives + 1;
    const fragments = "... @include(if: true) { name } ".repeat(count);
    const message = await expectRefused(`{ genres { ${fragments} } }`, "TOO_MANY_DIRECTIVES");
    expect(message).toContain(`found ${count}`);
  });

  it("refuses regular expressions in search before running any Cypher", async () => {
    for (const query of ["/[a-z]{1,100000}/", "/[ab]*a[ab]{30}/"]) {
      const { headers, body } = await server.query(`query ($q: String!) { search(query: $q) { score } }`, { q: query });
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
      expect(body.errors?.[0]?.message).toMatch(/Regular expressions/);
      expect(headers.get("x-cypher-statements")).toBe("0");
    }
  });

  it("takes other limits from the server's options", async () => {
    const strict = await startTestServer(db, { limits: { ...DEFAULT_OPERATION_LIMITS, depth: 2 } });
    try {
      const { body } = await strict.query(`{ film(title: "Sound of Metal") { cast { name } } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("OPERATION_TOO_DEEP");
    } finally {
      await strict.close();
    }
  });
});

describe("field suggestions", () => {
  const typo = `{ film(title: "Sound of Metal") { titel } }`;

  it("are hidden in production", async () => {
    const { body } = await server.query(typo);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("are given in development", async () => {
    const { body } = await devServer.query(typo);
    expect(body.errors?.[0]?.message).toMatch(/Did you mean "title"\?/);
  });
});

describe("introspection", () => {
  it("is on in production, so the explorer can read the schema", async () => {
    const { body } = await server.query(`{ __schema { queryType { name } } }`);
    expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("introspection cycles are refused by graphql-js's own rule", async () => {
    const { status, body } = await server.query(
      `{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }`,
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
