import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// The explorer under NODE_ENV=production (as docker-compose.yml runs the API): the server gets the
// options src/serve.ts derives from that environment, and answers the whole introspection query
// GraphiQL sends when the page opens (nested type references included), so the page never shows
// "Error fetching schema".
let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = openTestDatabase();
  const config = loadConfig({ NODE_ENV: "production" });
  server = await startTestServer(db, { development: config.env === "development", introspection: config.introspection, limits: config.limits });
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

it("answers GraphiQL's introspection query with a schema the explorer can build", async () => {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }), operationName: "IntrospectionQuery" }),
  });
  const body = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  const schema = buildClientSchema(body.data!);
  expect(schema.getQueryType()?.getFields().film?.description).toBeTruthy();
});
