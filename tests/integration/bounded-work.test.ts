import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver, Session, SessionConfig } from "neo4j-driver";
import { DEFAULT_OPERATION_LIMITS } from "../../src/config";
import { CYPHER_DIR, CypherRegistry } from "../../src/db/cypher-registry";
import { Database, type TransactionTimeouts } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";
import { startTestServer } from "../support/test-server";

// Every statement runs with a transaction timeout, a client that leaves stops its work, and one
// request has at most LIMIT_STATEMENTS_PER_REQUEST transactions open at once. The `genres`
// statement is swapped for a slow one (counting through a long range) in a copy of cypher/.

const marker = `slow-${process.pid}-${Date.now()}`;
let base: Database;
let cypherDir: string;

function slowRegistry(rows: number): CypherRegistry {
  fs.writeFileSync(
    path.join(cypherDir, "read", "genres.cypher"),
    `// ${marker}\nUNWIND range(1, ${rows}) AS x WITH x WHERE x = -1\nRETURN {id: 'Genre:none', name: 'none', filmCount: 0} AS node`,
  );
  return CypherRegistry.load(cypherDir);
}

function database(registry: CypherRegistry, timeouts: TransactionTimeouts, driver: Driver = base.driver): Database {
  return new Database(driver, base.name, registry, timeouts);
}

/** Transactions of this test's slow statement still running in Neo4j. */
async function runningSlowStatements(): Promise<number> {
  const { records } = await base.driver.executeQuery(
    "SHOW TRANSACTIONS YIELD currentQuery, status WHERE currentQuery CONTAINS $marker RETURN count(*) AS n",
    { marker },
    { database: base.name },
  );
  return Number(records[0]?.get("n") ?? 0);
}

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

beforeAll(() => {
  base = openTestDatabase();
  cypherDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-cypher-"));
  fs.cpSync(CYPHER_DIR, cypherDir, { recursive: true });
});
afterAll(async () => {
  await base.driver.close();
  fs.rmSync(cypherDir, { recursive: true, force: true });
});

it("a statement past the read timeout answers TIMEOUT, not INTERNAL_SERVER_ERROR", async () => {
  const server = await startTestServer(database(slowRegistry(2_000_000_000), { readMs: 500, writeMs: 500 }));
  try {
    const started = Date.now();
    const { body } = await server.query("{ genres { name } }");
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["TIMEOUT"]);
    expect(body.errors?.[0]?.message).toMatch(/time limit/);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await waitFor(async () => (await runningSlowStatements()) === 0, 5000)).toBe(true);
  } finally {
    await server.close();
  }
});

it("a client that disconnects stops its statement in Neo4j", async () => {
  const server = await startTestServer(database(slowRegistry(2_000_000_000), { readMs: 120_000, writeMs: 120_000 }));
  try {
    const controller = new AbortController();
    const request = fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ genres { name } }" }),
      signal: controller.signal,
    }).catch((error: { name?: string }) => error);
    expect(await waitFor(async () => (await runningSlowStatements()) > 0, 10_000)).toBe(true);
    controller.abort();
    expect(await request).toMatchObject({ name: "AbortError" });
    // Without cancellation the statement would run on for minutes (its timeout is 120 s).
    expect(await waitFor(async () => (await runningSlowStatements()) === 0, 10_000)).toBe(true);
  } finally {
    await server.close();
  }
});

it("one request has at most LIMIT_STATEMENTS_PER_REQUEST transactions open at once", async () => {
  let open = 0;
  let mostOpen = 0;
  // The driver as the Database sees it, counting sessions open at the same time.
  const counting = new Proxy(base.driver, {
    get(target, property, receiver) {
      if (property !== "session") return Reflect.get(target, property, receiver);
      return (config: SessionConfig): Session => {
        const session = target.session(config);
        open += 1;
        mostOpen = Math.max(mostOpen, open);
        const close = session.close.bind(session);
        let closed = false;
        session.close = async () => {
          if (!closed) open -= 1;
          closed = true;
          return close();
        };
        return session;
      };
    },
  });
  const cap = 2;
  const server = await startTestServer(database(slowRegistry(3_000_000), { readMs: 60_000, writeMs: 60_000 }, counting), {
    limits: { ...DEFAULT_OPERATION_LIMITS, concurrentStatements: cap },
  });
  try {
    const aliases = Array.from({ length: 8 }, (_, i) => `g${i}: genres { name }`).join(" ");
    const { body, headers } = await server.query(`{ ${aliases} }`);
    expect(body.errors).toBeUndefined();
    expect(headers.get("x-cypher-statements")).toBe("8");
    expect(mostOpen).toBe(cap);
  } finally {
    await server.close();
  }
});
