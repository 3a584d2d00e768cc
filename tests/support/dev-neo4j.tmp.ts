import { startTestNeo4j, TEST_PASSWORD } from "./test-neo4j";
import { openTestDatabase } from "./test-database";
import { applyMigrations } from "../../src/db/migrations";
import { loadSeed } from "../../src/seed/load-seed";
(async () => {
  const neo4j = await startTestNeo4j();
  const db = openTestDatabase(neo4j.boltUri);
  process.env.TEST_NEO4J_PASSWORD = TEST_PASSWORD;
  await applyMigrations(db);
  await loadSeed(db);
  await db.driver.close();
  console.log("READY", neo4j.boltUri, neo4j.homeDir);
  process.on("SIGTERM", async () => { await neo4j.stop(); process.exit(0); });
})();
