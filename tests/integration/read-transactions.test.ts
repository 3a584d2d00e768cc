import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Neo4jError, type Driver, type Session, type SessionConfig } from "neo4j-driver";
import { CYPHER_DIR, CypherRegistry } from "../../src/db/cypher-registry";
import { Database } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";

// Reads run as auto-commit transactions of READ sessions (src/db/database.ts, docs/performance.md
// "Per-request cost"): still read transactions, still retried on transient failures, never on others.

const marker = `read-tx-${process.pid}-${Date.now()}`;
let base: Database;
let cypherDir: string;

beforeAll(() => {
  base = openTestDatabase();
  cypherDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-cypher-"));
  fs.cpSync(CYPHER_DIR, cypherDir, { recursive: true });
});
afterAll(async () => {
  await base.driver.close();
  fs.rmSync(cypherDir, { recursive: true, force: true });
});

it("a read statement runs in a read transaction: Neo4j refuses a write in it and nothing is stored", async () => {
  // The genres read swapped for a write, in a copy of cypher/.
  fs.writeFileSync(path.join(cypherDir, "read", "genres.cypher"), `CREATE (:ReadTxProbe {marker: '${marker}'}) RETURN 1 AS one`);
  const db = new Database(base.driver, base.name, CypherRegistry.load(cypherDir), { readMs: 30_000, writeMs: 30_000 });
  await expect(db.read("genres")).rejects.toMatchObject({ statement: "genres" });
  const { records } = await base.driver.executeQuery("MATCH (p:ReadTxProbe {marker: $marker}) RETURN count(p) AS n", { marker }, { database: base.name });
  expect(Number(records[0]?.get("n"))).toBe(0);
});

/** The driver, with the first `failures` auto-commit runs failing with `code` before reaching Neo4j. */
function failingDriver(failures: number, code: string): { driver: Driver; runs: () => number } {
  let runs = 0;
  const driver = new Proxy(base.driver, {
    get(target, property, receiver) {
      if (property !== "session") return Reflect.get(target, property, receiver) as unknown;
      return (config: SessionConfig): Session => {
        const session = target.session(config);
        const run = session.run.bind(session);
        session.run = ((...args: Parameters<Session["run"]>) => {
          runs += 1;
          if (runs <= failures) throw new Neo4jError("injected failure", code, "50N42", "error: general processing exception");
          return run(...args);
        }) as Session["run"];
        return session;
      };
    },
  });
  return { driver, runs: () => runs };
}

it("a transient failure is retried, as the driver retries a managed transaction", async () => {
  const { driver, runs } = failingDriver(1, "Neo.TransientError.General.DatabaseUnavailable");
  const db = new Database(driver, base.name, base.cypher, { readMs: 30_000, writeMs: 30_000, retryMs: 5000 });
  const counted: string[] = [];
  const rows = await db.scoped({ onStatement: (name) => counted.push(name) }).read("filmCount");
  expect(rows).toHaveLength(1);
  expect(runs()).toBe(2);
  expect(counted).toEqual(["filmCount", "filmCount"]);
});

it("a failure that is not transient is not retried, nor is one past retryMs", async () => {
  const refused = failingDriver(1, "Neo.ClientError.Statement.SyntaxError");
  const db = new Database(refused.driver, base.name, base.cypher, { readMs: 30_000, writeMs: 30_000, retryMs: 5000 });
  await expect(db.read("filmCount")).rejects.toMatchObject({ code: "Neo.ClientError.Statement.SyntaxError", statement: "filmCount" });
  expect(refused.runs()).toBe(1);

  const down = failingDriver(100, "Neo.TransientError.General.DatabaseUnavailable");
  const started = Date.now();
  const impatient = new Database(down.driver, base.name, base.cypher, { readMs: 30_000, writeMs: 30_000, retryMs: 1500 });
  await expect(impatient.read("filmCount")).rejects.toMatchObject({ code: "Neo.TransientError.General.DatabaseUnavailable" });
  // Tried at 0, after 1 s (±20 %), after 2 s more: by then past 1.5 s, so it gives up.
  expect(down.runs()).toBe(3);
  expect(Date.now() - started).toBeLessThan(6000);
});
