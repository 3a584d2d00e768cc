import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { WorkCancelledError } from "../db/database";
import { ConflictError, InvalidInputError, NotFoundError } from "../ingest/input-errors";
import { OPERATION_LIMIT_CODES, OperationLimitError } from "./limits/operation-limit-error";

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "NOT_FOUND" } });
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
}

/** The writers' own errors (src/ingest/input-errors.ts) and the code each answers with. */
function codeOfDomainError(error: unknown): string | undefined {
  if (error instanceof InvalidInputError) return "BAD_USER_INPUT";
  if (error instanceof NotFoundError) return "NOT_FOUND";
  if (error instanceof ConflictError) return "CONFLICT";
  return undefined;
}

/**
 * What each Neo4j error a request can meet means to a client. Codes are Neo4j's status codes
 * (https://neo4j.com/docs/status-codes/current/errors/all-errors/) and the driver's own
 * (`ServiceUnavailable`, `SessionExpired`). Statements are fixed, parameterized files, so a
 * statement error can only come from the values a client sent (a date Neo4j cannot parse, a
 * number out of range) or from our own bug; the first are BAD_USER_INPUT, syntax errors are ours.
 */
export interface Neo4jErrorMeaning {
  /** The GraphQL `extensions.code`. */
  code: "BAD_USER_INPUT" | "TIMEOUT" | "OPERATION_TOO_COSTLY" | "SERVICE_UNAVAILABLE" | "CONFLICT";
  /** What the client is told (never Neo4j's own message, which names internals). */
  message: string;
}

const UNAVAILABLE: Neo4jErrorMeaning = {
  code: "SERVICE_UNAVAILABLE",
  message: "The database is unavailable; try again shortly.",
};
const TIMED_OUT: Neo4jErrorMeaning = {
  code: "TIMEOUT",
  message: "The database stopped the query because it ran past its time limit: ask for less (a smaller first, less nesting) or try again.",
};
const TOO_MUCH_MEMORY: Neo4jErrorMeaning = {
  code: "OPERATION_TOO_COSTLY",
  message: "The query needed more memory than one request may use: ask for less (a smaller first, less nesting).",
};
const BUSY: Neo4jErrorMeaning = {
  code: "SERVICE_UNAVAILABLE",
  message: "The database is short of memory right now; try again shortly.",
};
const CONCURRENT_WRITE: Neo4jErrorMeaning = {
  code: "CONFLICT",
  message: "A concurrent write changed what this request was writing, and nothing of it was stored; send it again.",
};
const BAD_VALUE: Neo4jErrorMeaning = {
  code: "BAD_USER_INPUT",
  message: "The database refused a value of the request (a date, number or text it cannot use).",
};
const BAD_SEARCH: Neo4jErrorMeaning = {
  code: "BAD_USER_INPUT",
  message: "The search query is not valid Lucene syntax or is too complex (check quotes, brackets and wildcards).",
};

/** Neo4j status codes and what they mean to the client, one entry per code. */
export const NEO4J_ERROR_MEANINGS: Readonly<Record<string, Neo4jErrorMeaning>> = {
  // The database cannot be reached, or is not serving the database right now.
  ServiceUnavailable: UNAVAILABLE,
  SessionExpired: UNAVAILABLE,
  "Neo.TransientError.General.DatabaseUnavailable": UNAVAILABLE,
  "Neo.TransientError.Database.DatabaseUnavailable": UNAVAILABLE,
  "Neo.ClientError.Database.DatabaseNotFound": UNAVAILABLE,
  "Neo.ClientError.Cluster.NotALeader": UNAVAILABLE,
  "Neo.TransientError.Cluster.ReplicationFailure": UNAVAILABLE,
  "Neo.ClientError.Cluster.Routing": UNAVAILABLE,
  // The transaction timeout (NEO4J_READ_TIMEOUT_MS / NEO4J_WRITE_TIMEOUT_MS) or the server's own.
  "Neo.ClientError.Transaction.TransactionTimedOut": TIMED_OUT,
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration": TIMED_OUT,
  "Neo.TransientError.Transaction.LockAcquisitionTimeout": TIMED_OUT,
  "Neo.ClientError.Procedure.ProcedureTimedOut": TIMED_OUT,
  // Memory: this transaction's own limit (the request's fault), or the whole server's (not).
  // Concurrent writes: a deadlock still there after the retries (Database.write), or a node or
  // relationship another transaction deleted under this one. The transaction rolled back whole.
  "Neo.TransientError.Transaction.DeadlockDetected": CONCURRENT_WRITE,
  "Neo.ClientError.Statement.EntityNotFound": CONCURRENT_WRITE,
  "Neo.TransientError.General.TransactionMemoryLimit": TOO_MUCH_MEMORY,
  "Neo.ClientError.General.TransactionOutOfMemoryError": TOO_MUCH_MEMORY,
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError": BUSY,
  "Neo.TransientError.General.OutOfMemoryError": BUSY,
  "Neo.TransientError.General.StackOverFlowError": TOO_MUCH_MEMORY,
  // Values the statement could not use: they came from the request.
  "Neo.ClientError.Statement.ArgumentError": BAD_VALUE,
  "Neo.ClientError.Statement.ArithmeticError": BAD_VALUE,
  "Neo.ClientError.Statement.TypeError": BAD_VALUE,
  "Neo.ClientError.Statement.InvalidArgument": BAD_VALUE,
  "Neo.ClientError.Statement.ValueTooLarge": BAD_VALUE,
  "Neo.ClientError.Request.Invalid": BAD_VALUE,
  "Neo.ClientError.Request.InvalidFormat": BAD_VALUE,
  "Neo.ClientError.Schema.IndexValueTooLarge": BAD_VALUE,
  "Neo.ClientError.Schema.PropertyValueTooLarge": BAD_VALUE,
};

/**
 * Lucene's exceptions about the query text: a parse error, too many clauses (a prefix that
 * matches too much), an automaton too complex to build (regular expressions, fuzzy terms), a bad
 * edit distance. They reach us inside Neo.ClientError.Procedure.ProcedureCallFailed.
 */
const LUCENE_QUERY_FAILURE =
  /queryparser|ParseException|TooManyClauses|maxClauseCount|TooComplexToDeterminize|determiniz|maxEdits|IllegalArgumentException.*(fuzzy|regexp|automaton)/i;

function codeAndMessage(error: unknown): { code?: unknown; message?: unknown } {
  return (typeof error === "object" && error !== null ? error : {}) as { code?: unknown; message?: unknown };
}

/** True for the full-text procedure's failure on the query text (Lucene syntax or complexity). */
export function isSearchSyntaxError(error: unknown): boolean {
  const { code, message } = codeAndMessage(error);
  return (
    code === "Neo.ClientError.Procedure.ProcedureCallFailed" && typeof message === "string" && LUCENE_QUERY_FAILURE.test(message)
  );
}

/** What a Neo4j or driver error means to the client, or undefined when it is not one the client caused or can act on. */
export function meaningOfNeo4jError(error: unknown): Neo4jErrorMeaning | undefined {
  if (isSearchSyntaxError(error)) return BAD_SEARCH;
  const { code } = codeAndMessage(error);
  return typeof code === "string" ? NEO4J_ERROR_MEANINGS[code] : undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return meaningOfNeo4jError(error) === UNAVAILABLE;
}

/** Whether Neo4j stopped the transaction at its time limit (or a lock wait at its own). */
export function isTimedOut(error: unknown): boolean {
  return meaningOfNeo4jError(error) === TIMED_OUT;
}

const CODES_SHOWN_AS_IS = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "SERVICE_UNAVAILABLE",
  "TIMEOUT",
  ...OPERATION_LIMIT_CODES,
]);

/**
 * graphql-js's parser refusing a document over `parseOptions.maxTokens` (src/graphql/limits): its
 * message reads "Document contains more that N tokens" (sic) in graphql 16.
 */
const TOKEN_LIMIT_MESSAGE = /Document contains more th[ae][nt] (\d+) tokens/;

/**
 * The limit a refusal before execution is about: our OperationLimitError (also when Apollo wraps it
 * in its GRAPHQL_VALIDATION_FAILED error), or the parser's token limit.
 */
function operationLimitOf(formatted: GraphQLFormattedError, error: unknown): { code: string; message: string } | undefined {
  const limitError =
    error instanceof OperationLimitError
      ? error
      : error instanceof GraphQLError && error.originalError instanceof OperationLimitError
        ? error.originalError
        : undefined;
  if (limitError) return { code: limitError.limitCode, message: limitError.message };
  const tokens = formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" ? TOKEN_LIMIT_MESSAGE.exec(formatted.message) : null;
  if (tokens) return { code: "TOO_MANY_TOKENS", message: `Token limit of ${tokens[1]} exceeded: send a shorter document.` };
  return undefined;
}

/**
 * The one place where errors become what clients see: our typed errors pass through (the writers'
 * InvalidInputError and NotFoundError become BAD_USER_INPUT and NOT_FOUND), operations over a limit
 * answer the limit's code (OPERATION_TOO_DEEP, TOO_MANY_ALIASES, TOO_MANY_DIRECTIVES,
 * TOO_MANY_TOKENS, OPERATION_TOO_COSTLY), Neo4j errors answer what they mean (NEO4J_ERROR_MEANINGS:
 * BAD_USER_INPUT, TIMEOUT, OPERATION_TOO_COSTLY, SERVICE_UNAVAILABLE), work stopped because the
 * client left is REQUEST_CANCELLED, anything else INTERNAL_SERVER_ERROR without internals (stack
 * traces only in development).
 */
export function createErrorFormatter(options: { development: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const domainCode = codeOfDomainError(original);
    if (domainCode && original instanceof Error) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: domainCode } };
    }
    const limit = operationLimitOf(formatted, error);
    if (limit) return { message: limit.message, locations: formatted.locations, extensions: { code: limit.code } };
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CODES_SHOWN_AS_IS.has(code)) return formatted;
    if (original instanceof WorkCancelledError) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: "REQUEST_CANCELLED" } };
    }
    const meaning = meaningOfNeo4jError(original);
    if (meaning) {
      return { message: meaning.message, locations: formatted.locations, path: formatted.path, extensions: { code: meaning.code } };
    }
    options.log(original);
    return {
      message: options.development && original instanceof Error ? original.message : "Internal server error",
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: "INTERNAL_SERVER_ERROR",
        ...(options.development && original instanceof Error ? { stacktrace: original.stack?.split("\n") } : {}),
      },
    };
  };
}
