import { meaningOfNeo4jError } from "../graphql/errors";

/**
 * The one line a command ends with on an error. Errors we raise on purpose carry their own
 * sentence; a Neo4j or driver error says what it means (src/graphql/errors.ts, the same table the
 * API uses), never Neo4j's own text; anything else shows the first line of its message.
 */
export function errorLine(error: unknown): string {
  const meaning = meaningOfNeo4jError(error);
  if (meaning?.code === "TIMEOUT") {
    return "The database stopped the work because it ran past its time limit (NEO4J_WRITE_TIMEOUT_MS for writes, NEO4J_READ_TIMEOUT_MS for reads): try again, or raise the limit.";
  }
  if (meaning) return meaning.message;
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0]!;
}

/** How every command ends on an error: one line on stderr naming the program (errorLine), exit status 1. */
export function exitWithError(error: unknown): never {
  process.stderr.write(`film-graph: ${errorLine(error)}\n`);
  process.exit(1);
}
