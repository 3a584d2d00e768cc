import { GraphQLError, parse } from "graphql";
import { WorkCancelledError } from "../../src/db/database";
import { createErrorFormatter, isSearchSyntaxError, meaningOfNeo4jError, NEO4J_ERROR_MEANINGS } from "../../src/graphql/errors";
import { OperationLimitError } from "../../src/graphql/limits/operation-limit-error";

const luceneError = Object.assign(
  new Error(
    "Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Cannot parse '\"drum': Lexical error",
  ),
  { code: "Neo.ClientError.Procedure.ProcedureCallFailed" },
);

const neo4jError = (code: string, message = "internal details of the database") => Object.assign(new Error(message), { code });

/** The formatter as Apollo calls it for an error a resolver threw. */
function shown(error: Error, development = false) {
  const log = jest.fn();
  const format = createErrorFormatter({ development, log });
  const wrapped = new GraphQLError(error.message, { originalError: error, path: ["film"] });
  return { shown: format({ message: error.message, path: ["film"] }, wrapped), log };
}

describe("search syntax errors", () => {
  it("are recognized by the procedure failure and Lucene's parser in the message", () => {
    expect(isSearchSyntaxError(luceneError)).toBe(true);
    expect(isSearchSyntaxError(Object.assign(new Error("something else"), { code: luceneError.code }))).toBe(false);
    expect(isSearchSyntaxError(new Error(luceneError.message))).toBe(false);
    expect(isSearchSyntaxError(null)).toBe(false);
  });

  it.each([
    "org.apache.lucene.search.IndexSearcher$TooManyClauses: maxClauseCount is set to 1024",
    "org.apache.lucene.util.automaton.TooComplexToDeterminizeException: Determinizing automaton with 61 states and 120 transitions would result in more than 10000 states.",
    "java.lang.IllegalArgumentException: maxEdits must be between 0 and 2",
  ])("include Lucene's complexity failures: %s", (message) => {
    expect(isSearchSyntaxError(neo4jError("Neo.ClientError.Procedure.ProcedureCallFailed", message))).toBe(true);
  });

  it("are shown as BAD_USER_INPUT, without the database's internals", () => {
    const { shown: answer, log } = shown(luceneError);
    expect(answer.extensions?.code).toBe("BAD_USER_INPUT");
    expect(answer.message).not.toContain("lucene");
    expect(answer.path).toEqual(["film"]);
    expect(log).not.toHaveBeenCalled();
  });
});

describe("Neo4j errors", () => {
  it.each([
    ["ServiceUnavailable", "SERVICE_UNAVAILABLE"],
    ["SessionExpired", "SERVICE_UNAVAILABLE"],
    ["Neo.TransientError.General.DatabaseUnavailable", "SERVICE_UNAVAILABLE"],
    ["Neo.ClientError.Database.DatabaseNotFound", "SERVICE_UNAVAILABLE"],
    ["Neo.ClientError.Transaction.TransactionTimedOut", "TIMEOUT"],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "TIMEOUT"],
    ["Neo.TransientError.Transaction.LockAcquisitionTimeout", "TIMEOUT"],
    ["Neo.TransientError.General.TransactionMemoryLimit", "OPERATION_TOO_COSTLY"],
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError", "SERVICE_UNAVAILABLE"],
    ["Neo.ClientError.Statement.ArgumentError", "BAD_USER_INPUT"],
    ["Neo.ClientError.Statement.TypeError", "BAD_USER_INPUT"],
    ["Neo.ClientError.Statement.ArithmeticError", "BAD_USER_INPUT"],
    ["Neo.ClientError.Schema.PropertyValueTooLarge", "BAD_USER_INPUT"],
    ["Neo.TransientError.Transaction.DeadlockDetected", "CONFLICT"],
    ["Neo.ClientError.Statement.EntityNotFound", "CONFLICT"],
  ])("%s answers %s with a message of our own", (code, expected) => {
    const { shown: answer, log } = shown(neo4jError(code));
    expect(answer.extensions?.code).toBe(expected);
    expect(answer.message).not.toContain("internal details");
    expect(log).not.toHaveBeenCalled();
  });

  it("every mapped code answers a code clients are told about", () => {
    for (const [code, meaning] of Object.entries(NEO4J_ERROR_MEANINGS)) {
      expect(meaningOfNeo4jError(neo4jError(code))).toBe(meaning);
      expect(["BAD_USER_INPUT", "TIMEOUT", "OPERATION_TOO_COSTLY", "SERVICE_UNAVAILABLE", "CONFLICT"]).toContain(meaning.code);
    }
  });

  it.each(["Neo.ClientError.Statement.SyntaxError", "Neo.ClientError.Statement.ParameterMissing", "Neo.ClientError.Security.Unauthorized"])(
    "%s is our fault: INTERNAL_SERVER_ERROR, logged, internals only in development",
    (code) => {
      const production = shown(neo4jError(code));
      expect(production.shown.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(production.shown.message).toBe("Internal server error");
      expect(production.log).toHaveBeenCalled();
      expect(shown(neo4jError(code), true).shown.message).toContain("internal details");
    },
  );
});

describe("refusals before execution", () => {
  it("an OperationLimitError wrapped by Apollo's validation error answers its own code", () => {
    const format = createErrorFormatter({ development: false, log: jest.fn() });
    const limit = new OperationLimitError("OPERATION_TOO_DEEP", "Query depth limit of 12 exceeded, found 34.");
    const wrapped = new GraphQLError(limit.message, { originalError: limit, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    const answer = format({ message: limit.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, wrapped);
    expect(answer).toEqual({ message: limit.message, locations: undefined, extensions: { code: "OPERATION_TOO_DEEP" } });
  });

  it("graphql-js's token limit answers TOO_MANY_TOKENS (its message is read, so a change of graphql shows here)", () => {
    let parseError: GraphQLError | undefined;
    try {
      parse("{ a b c d e }", { maxTokens: 3 });
    } catch (error) {
      parseError = error as GraphQLError;
    }
    expect(parseError).toBeDefined();
    const format = createErrorFormatter({ development: false, log: jest.fn() });
    const answer = format({ message: parseError!.message, extensions: { code: "GRAPHQL_PARSE_FAILED" } }, parseError);
    expect(answer.extensions?.code).toBe("TOO_MANY_TOKENS");
    expect(answer.message).toContain("Token limit of 3 exceeded");
  });

  it("work stopped because the client left answers REQUEST_CANCELLED and is not logged", () => {
    const { shown: answer, log } = shown(new WorkCancelledError());
    expect(answer.extensions?.code).toBe("REQUEST_CANCELLED");
    expect(log).not.toHaveBeenCalled();
  });
});
