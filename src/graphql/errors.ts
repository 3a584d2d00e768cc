import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ConflictError, InvalidInputError, NotFoundError } from "../ingest/input-errors";

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

// Driver error codes that mean the database cannot be reached right now.
const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.TransientError.Database.DatabaseUnavailable",
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && UNAVAILABLE_CODES.has(code);
}

/**
 * Neo4j's answer when Lucene cannot parse the text of a full-text query (an unbalanced quote, a
 * lone `*`): the procedure call fails with the parser's exception in the message.
 */
export function isSearchSyntaxError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return (
    code === "Neo.ClientError.Procedure.ProcedureCallFailed" &&
    typeof message === "string" &&
    /queryparser|ParseException|TooManyClauses/i.test(message)
  );
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
]);

/**
 * The one place where errors become what clients see: our typed errors pass through (the writers'
 * InvalidInputError and NotFoundError become BAD_USER_INPUT and NOT_FOUND), a search text Lucene
 * cannot parse becomes BAD_USER_INPUT, an unreachable database becomes SERVICE_UNAVAILABLE,
 * anything else INTERNAL_SERVER_ERROR without internals
 * (stack traces only in development).
 */
export function createErrorFormatter(options: { development: boolean; log: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const domainCode = codeOfDomainError(original);
    if (domainCode && original instanceof Error) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code: domainCode } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CODES_SHOWN_AS_IS.has(code)) return formatted;
    if (isSearchSyntaxError(original)) {
      return {
        message: "The search query is not valid Lucene syntax (check quotes, brackets and wildcards).",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "BAD_USER_INPUT" },
      };
    }
    if (isDatabaseUnavailable(original)) {
      return {
        message: "The database is unavailable; try again shortly.",
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: "SERVICE_UNAVAILABLE" },
      };
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
