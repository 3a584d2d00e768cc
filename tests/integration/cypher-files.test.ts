import type { Database } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";

// Every registered statement is compiled by Neo4j itself (EXPLAIN plans without running), so a
// syntax error or an unknown function in any .cypher file fails the suite.
let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.driver.close());

it("every Cypher statement in the registry compiles", async () => {
  const statements = db.cypher.all();
  expect(statements.length).toBeGreaterThan(20);
  const failures: string[] = [];
  for (const statement of statements) {
    try {
      await db.driver.executeQuery(`EXPLAIN ${statement.text}`, {}, { database: db.name });
    } catch (error) {
      failures.push(`${statement.file}: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  expect(failures).toEqual([]);
  // The index-backed list statements (films-by-*.cypher) are large plans: seconds each to compile
  // on a loaded machine (Neo4j caches them after the first run; this test compiles each anew).
}, 240_000);
