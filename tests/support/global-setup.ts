import { startTestNeo4j, TEST_PASSWORD } from "./test-neo4j";
import { freePort } from "./free-port";
import { openTestDatabase } from "./test-database";
import { applyMigrations } from "../../src/db/migrations";
import { loadSeed } from "../../src/seed/load-seed";

/** Once per test run: start a Neo4j of the tests' own, migrate it and load the seed. */
export default async function globalSetup(): Promise<void> {
  // TEST_WITHOUT_NEO4J=1 runs pure unit tests without starting Neo4j (e.g. `TEST_WITHOUT_NEO4J=1 npx jest tests/unit`).
  if (process.env.TEST_WITHOUT_NEO4J === "1") return;
  const started = Date.now();
  // Neo4j Browser applies the style and plays the guide of the API at this port on connect
  // (tests/e2e/neo4j-browser.test.ts serves them there).
  const browserApiPort = await freePort();
  const neo4j = await startTestNeo4j({ apiOrigin: `http://localhost:${browserApiPort}` });
  (globalThis as { testNeo4j?: unknown }).testNeo4j = neo4j;
  process.env.TEST_NEO4J_URI = neo4j.boltUri;
  process.env.TEST_NEO4J_PASSWORD = TEST_PASSWORD;
  process.env.TEST_NEO4J_BROWSER_URL = neo4j.browserUrl;
  process.env.TEST_BROWSER_API_PORT = String(browserApiPort);
  const db = openTestDatabase();
  try {
    await applyMigrations(db);
    await loadSeed(db);
  } finally {
    await db.driver.close();
  }
  process.stderr.write(`\n[test neo4j] ready at ${neo4j.boltUri} in ${Date.now() - started} ms\n`);
}
