import fs from "node:fs";
import type { Database } from "../../src/db/database";
import type { LocalNeo4j } from "../../src/db/embedded/local-neo4j";
import { applyMigrations } from "../../src/db/migrations";
import { openTestDatabase } from "../support/test-database";
import { startTestNeo4j } from "../support/test-neo4j";
import { startTestServer, type TestServer } from "../support/test-server";

// A Neo4j of this test's own, so stopping it does not disturb the other tests.
jest.setTimeout(240_000);

let neo4j: LocalNeo4j;
let db: Database;
let server: TestServer;

beforeAll(async () => {
  neo4j = await startTestNeo4j();
  // Fail fast while Neo4j is down.
  db = openTestDatabase(neo4j.boltUri, 1000);
  await applyMigrations(db);
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.close();
  await db?.driver.close();
  await neo4j?.stop();
  if (neo4j) fs.rmSync(neo4j.homeDir, { recursive: true, force: true });
});

const QUERY = `{ films(first: 1) { totalCount } }`;

it("answers SERVICE_UNAVAILABLE while Neo4j is down and recovers when it is back, without a restart", async () => {
  expect((await server.query(QUERY)).body.data).toEqual({ films: { totalCount: 0 } });

  const { homeDir, boltUri } = neo4j;
  const boltPort = Number(new URL(boltUri).port);
  const httpPort = Number(new URL(neo4j.browserUrl).port);
  await neo4j.stop();

  const started = Date.now();
  const down = await server.query(QUERY);
  expect(down.status).toBe(200);
  expect(down.body.data).toBeNull();
  expect(down.body.errors).toHaveLength(1);
  expect(down.body.errors?.[0]).toMatchObject({
    message: "The database is unavailable; try again shortly.",
    extensions: { code: "SERVICE_UNAVAILABLE" },
  });
  expect(Date.now() - started).toBeLessThan(15_000);

  neo4j = await startTestNeo4j({ homeDir, boltPort, httpPort });
  let recovered: unknown;
  for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
    const response = await server.query(QUERY);
    if (!response.body.errors) recovered = response.body.data;
    else await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(recovered).toEqual({ films: { totalCount: 0 } });
});
