import type { Database } from "../../src/db/database";
import { MAX_BODY_BYTES } from "../../src/graphql/server";
import { openTestDatabase } from "../support/test-database";
import { capturedLog } from "../support/captured-log";
import { startTestServer, type TestServer } from "../support/test-server";

// POST /graphql is answered outside Express (src/graphql/graphql-post.ts): what Express's path gave
// it is still there — CORS, the body limit, JSON errors for bodies that do not parse, the request
// log line, Apollo's headers — and the other routes still answer through Express.

let db: Database;
let server: TestServer;
const { logger, lines: logLines } = capturedLog();

beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db, { logger });
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const post = (body: string, headers: Record<string, string> = {}, path = "/graphql") =>
  fetch(`http://127.0.0.1:${server.port}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

/** The request log's line of the request whose response is `status`, once pino has written it. */
async function logLineOf(find: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown> | undefined> {
  for (let i = 0; i < 50 && !logLines.some(find); i++) await new Promise((r) => setTimeout(r, 20));
  return logLines.find(find);
}

it("answers a query with Apollo's headers, a Content-Length, CORS for any origin, and no ETag", async () => {
  const response = await post(JSON.stringify({ query: 'query PostPathFilm { film(title: "Sound of Metal") { title } }' }), { origin: "https://elsewhere.example" });
  const text = await response.text();
  expect(response.status).toBe(200);
  expect(JSON.parse(text)).toEqual({ data: { film: { title: "Sound of Metal" } } });
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(response.headers.get("cache-control")).toBe("max-age=60, public");
  expect(Number(response.headers.get("x-cypher-statements"))).toBeGreaterThan(0);
  // A POST answer is never revalidated: no hash of the body.
  expect(response.headers.get("etag")).toBeNull();
});

it("logs the request with method, path, status, duration, operation and statements", async () => {
  const response = await post(JSON.stringify({ query: 'query PostPathLogged { person(name: "Paul Raci") { name } }' }));
  expect(response.status).toBe(200);
  const line = await logLineOf((l) => l.operation === "PostPathLogged");
  expect(line).toMatchObject({
    level: 30,
    msg: "POST /graphql 200",
    req: { method: "POST", url: "/graphql" },
    res: { statusCode: 200 },
    statements: Number(response.headers.get("x-cypher-statements")),
  });
  expect(typeof line?.responseTime).toBe("number");
});

it("refuses a body over the limit with 413 PAYLOAD_TOO_LARGE, CORS headers and a warn log line", async () => {
  const response = await post(JSON.stringify({ query: "{ __typename }", variables: { padding: "x".repeat(MAX_BODY_BYTES + 10) } }), { origin: "https://elsewhere.example" });
  expect(response.status).toBe(413);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(await response.json()).toEqual({
    errors: [{ message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`, extensions: { code: "PAYLOAD_TOO_LARGE" } }],
  });
  const line = await logLineOf((l) => (l.res as { statusCode?: number } | undefined)?.statusCode === 413);
  expect(line).toMatchObject({ level: 40, msg: "POST /graphql 413", req: { method: "POST", url: "/graphql" } });
});

it("answers a body that is not JSON with 400 BAD_REQUEST and the parser's message", async () => {
  const response = await post('{"query": "{ __typename }"');
  expect(response.status).toBe(400);
  const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]!.extensions.code).toBe("BAD_REQUEST");
  expect(body.errors[0]!.message).toMatch(/JSON/);
});

it("answers a POST with a query string, and one to /graphql/ through Express, alike", async () => {
  const query = JSON.stringify({ query: "{ __typename }" });
  for (const path of ["/graphql?client=test", "/graphql/"]) {
    const response = await post(query, {}, path);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  }
});

it("keeps Apollo's refusal of a POST that is not JSON (CSRF prevention)", async () => {
  const response = await post("query=%7B__typename%7D", { "content-type": "application/x-www-form-urlencoded" });
  expect(response.status).toBe(400);
});

it("still answers the preflight, GET queries (with an ETag), /health and the explorer through Express", async () => {
  const origin = `http://127.0.0.1:${server.port}`;
  const preflight = await fetch(`${origin}/graphql`, {
    method: "OPTIONS",
    headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
  expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");

  const get = await fetch(`${origin}/graphql?query=${encodeURIComponent("{ __typename }")}`, { headers: { "apollo-require-preflight": "true" } });
  expect(get.status).toBe(200);
  expect(await get.json()).toEqual({ data: { __typename: "Query" } });
  expect(get.headers.get("etag")).toMatch(/^W\/"/);

  expect((await fetch(`${origin}/health`)).status).toBe(200);
  const page = await fetch(`${origin}/graphql`, { headers: { accept: "text/html" } });
  expect(page.status).toBe(200);
  expect(page.headers.get("content-type")).toMatch(/^text\/html/);
});
