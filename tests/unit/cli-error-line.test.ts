import { Neo4jError } from "neo4j-driver";
import { errorLine } from "../../src/cli/exit-with-error";

// A command that fails on the database says what happened in one sentence, not Neo4j's own text.
describe("errorLine", () => {
  it("a transaction timeout names the limit to raise", () => {
    const timedOut = new Neo4jError(
      "The transaction has been terminated. Retry your operation in a new transaction, and you should see a successful result. The transaction has not completed within the timeout specified at its start by the client.",
      "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
      "",
      "",
    );
    expect(errorLine(timedOut)).toBe(
      "The database stopped the work because it ran past its time limit (NEO4J_WRITE_TIMEOUT_MS for writes, NEO4J_READ_TIMEOUT_MS for reads): try again, or raise the limit.",
    );
  });

  it("an unreachable database is the API's sentence; other errors their first line", () => {
    expect(errorLine(new Neo4jError("Could not perform discovery.\nNo routing servers available", "ServiceUnavailable", "", ""))).toBe(
      "The database is unavailable; try again shortly.",
    );
    expect(errorLine(new Error("cannot read x.json: no such file\nat ..."))).toBe("cannot read x.json: no such file");
    expect(errorLine("plain")).toBe("plain");
  });
});
