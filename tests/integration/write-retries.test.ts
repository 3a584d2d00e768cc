import { Neo4jError } from "neo4j-driver";
import { Database } from "../../src/db/database";
import { createDriver } from "../../src/db/driver";
import { openTestDatabase } from "../support/test-database";

// Write transactions and their retries (src/db/database.ts): a deadlock is retried until the
// transaction was tried `writeAttempts` times, whatever the retry time (NEO4J_RETRY_MS) says. Under
// load one try can outlast the retry time, which used to leave a deadlock victim one or two tries
// and answer its client CONFLICT. Here the retry time is 0, the slowest machine's case.

const ATTEMPTS = 3;
let base: Database;
let db: Database;
beforeAll(() => {
  base = openTestDatabase();
  const driver = createDriver({ uri: process.env.TEST_NEO4J_URI!, username: "neo4j", password: process.env.TEST_NEO4J_PASSWORD ?? "", retryMs: 0 });
  db = new Database(driver, base.name, base.cypher, { readMs: 60_000, writeMs: 60_000, retryMs: 0, writeAttempts: ATTEMPTS });
});
afterAll(async () => {
  await db.driver.close();
  await base.driver.close();
});

const failure = (code: string) => new Neo4jError(`injected ${code}`, code, "50N42", "error: general processing exception");

/** A unit of work that fails with `code` on its first `failures` tries, then counts the films. */
function failingWork(failures: number, code: string) {
  let tries = 0;
  return {
    tries: () => tries,
    work: async (tx: Parameters<Parameters<Database["write"]>[0]>[0]) => {
      tries += 1;
      await tx.run("filmCount");
      if (tries <= failures) throw failure(code);
      return "committed";
    },
  };
}

it(`a deadlock on the first ${ATTEMPTS - 1} tries is retried until the write commits, with a retry time of 0`, async () => {
  const { work, tries } = failingWork(ATTEMPTS - 1, "Neo.TransientError.Transaction.DeadlockDetected");
  await expect(db.write(work)).resolves.toBe("committed");
  expect(tries()).toBe(ATTEMPTS);
});

it(`a deadlock on every try reaches the caller after ${ATTEMPTS} tries at least`, async () => {
  const { work, tries } = failingWork(Infinity, "Neo.TransientError.Transaction.DeadlockDetected");
  await expect(db.write(work)).rejects.toMatchObject({ code: "Neo.TransientError.Transaction.DeadlockDetected" });
  expect(tries()).toBeGreaterThanOrEqual(ATTEMPTS);
  expect(tries()).toBeLessThanOrEqual(ATTEMPTS + 1); // the driver may add one try of its own (elapsed 0 ms is not past 0)
});

it("other failures are not retried past the retry time: a client error once, an unavailable database at most as the driver does", async () => {
  const client = failingWork(Infinity, "Neo.ClientError.Statement.ArgumentError");
  await expect(db.write(client.work)).rejects.toMatchObject({ code: "Neo.ClientError.Statement.ArgumentError" });
  expect(client.tries()).toBe(1);
  const unavailable = failingWork(Infinity, "Neo.TransientError.General.DatabaseUnavailable");
  await expect(db.write(unavailable.work)).rejects.toMatchObject({ code: "Neo.TransientError.General.DatabaseUnavailable" });
  expect(unavailable.tries()).toBeLessThanOrEqual(2);
});
