import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import { CypherRegistry } from "../../src/db/cypher-registry";
import { Database } from "../../src/db/database";
import { createDriver } from "../../src/db/driver";

/**
 * The run's Neo4j (started by global-setup), as the service sees it. Close its driver after use.
 * Test files write side by side, so a transaction can meet a deadlock with another one; Neo4j
 * reports it as transient and the driver retries for `retryMs` (reads: the Database, as the driver would).
 */
export function openTestDatabase(uri = process.env.TEST_NEO4J_URI, retryMs = 10_000): Database {
  if (!uri) throw new Error("TEST_NEO4J_URI is not set: run the tests through jest (global-setup starts Neo4j)");
  const driver = createDriver({
    uri,
    username: "neo4j",
    password: process.env.TEST_NEO4J_PASSWORD ?? "",
    retryMs,
  });
  // Timeouts far above the service's defaults: test files run side by side on a shared machine,
  // where a statement can wait seconds for a core; tests of the timeouts set their own.
  return new Database(driver, "neo4j", CypherRegistry.load(), { readMs: 60_000, writeMs: 120_000, retryMs });
}

/**
 * The driver, with every statement run in a write transaction (`executeWrite`) recording whether it
 * updated the graph (its summary's counters) into `updated`, in order; reads run in READ sessions,
 * where Neo4j refuses a write. For tests of what a step writes while other test files write to the
 * same database.
 */
export function countingUpdates(driver: Driver, updated: boolean[]): Driver {
  const counting = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get: (target, key) =>
        key === "run"
          ? (...args: Parameters<ManagedTransaction["run"]>) => {
              const result = target.run(...args);
              return result.then((r) => {
                updated.push(r.summary.counters.containsUpdates());
                return r;
              });
            }
          : Reflect.get(target, key),
    });
  const session = (s: Session): Session =>
    new Proxy(s, {
      get: (target, key) =>
        key === "executeWrite"
          ? <T>(work: (tx: ManagedTransaction) => Promise<T>, config?: object) => target.executeWrite((tx) => work(counting(tx)), config)
          : Reflect.get(target, key),
    });
  return new Proxy(driver, {
    get: (target, key) => (key === "session" ? (...args: Parameters<Driver["session"]>) => session(target.session(...args)) : Reflect.get(target, key)),
  });
}
