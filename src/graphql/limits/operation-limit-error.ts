import { GraphQLError } from "graphql";

/** The codes of operations refused before they run (docs/limits.md). */
export type OperationLimitCode =
  | "OPERATION_TOO_DEEP"
  | "TOO_MANY_ALIASES"
  | "TOO_MANY_DIRECTIVES"
  | "TOO_MANY_TOKENS"
  | "OPERATION_TOO_COSTLY";

export const OPERATION_LIMIT_CODES: readonly OperationLimitCode[] = [
  "OPERATION_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_DIRECTIVES",
  "TOO_MANY_TOKENS",
  "OPERATION_TOO_COSTLY",
];

/**
 * An operation refused before any resolver runs because it exceeds a limit: answered with HTTP 400
 * and `extensions.code` naming the limit; the message says the limit and the value found.
 */
export class OperationLimitError extends GraphQLError {
  constructor(
    readonly limitCode: OperationLimitCode,
    message: string,
  ) {
    super(message, { extensions: { code: limitCode, http: { status: 400 } } });
    this.name = "OperationLimitError";
  }
}
