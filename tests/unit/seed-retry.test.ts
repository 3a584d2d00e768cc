// loadSeed's write is tried again when Neo4j stops it at the write timeout (a first load compiles
// every write plan, which can outlast the timeout on a busy machine), and only then.
import type { Database } from "../../src/db/database";
import { loadSeed, SEED_ATTEMPTS } from "../../src/seed/load-seed";
import { exactMatchAnalyzer } from "../support/exact-match-analyzer";

const timedOut = () => Object.assign(new Error("timed out"), { code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" });

/** A database whose write fails with each of `failures` in turn, then succeeds without running the work. */
function failingDatabase(failures: Error[]) {
  let writes = 0;
  const db = {
    write: async () => {
      writes += 1;
      const failure = failures[writes - 1];
      if (failure) throw failure;
      return undefined;
    },
  };
  return { db: db as unknown as Database, writes: () => writes };
}

describe("loadSeed under a write timeout", () => {
  it("tries the write again after a timeout, and succeeds", async () => {
    const { db, writes } = failingDatabase([timedOut()]);
    await expect(loadSeed(db, exactMatchAnalyzer)).resolves.toMatchObject({ films: expect.any(Number) });
    expect(writes()).toBe(2);
  });

  it("gives up after SEED_ATTEMPTS timeouts, with the timeout", async () => {
    const { db, writes } = failingDatabase(Array.from({ length: SEED_ATTEMPTS }, timedOut));
    await expect(loadSeed(db, exactMatchAnalyzer)).rejects.toMatchObject({ code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" });
    expect(writes()).toBe(SEED_ATTEMPTS);
  });

  it("does not try again after another error", async () => {
    const { db, writes } = failingDatabase([Object.assign(new Error("syntax"), { code: "Neo.ClientError.Statement.SyntaxError" })]);
    await expect(loadSeed(db, exactMatchAnalyzer)).rejects.toThrow("syntax");
    expect(writes()).toBe(1);
  });
});
