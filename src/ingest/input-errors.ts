import type { z } from "zod";

/**
 * Errors the writing side raises on purpose, with a sentence that says what to fix. The GraphQL layer
 * maps them in one place (src/graphql/errors.ts: BAD_USER_INPUT, NOT_FOUND, CONFLICT); the CLI prints them.
 */
export class InvalidInputError extends Error {
  override readonly name = "InvalidInputError";
}

export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
}

/** Concurrent requests kept changing what this one works on (e.g. deleting the review it stores); sending it again is safe. */
export class ConflictError extends Error {
  override readonly name = "ConflictError";
}

/** Parses with a zod schema; a failure becomes one InvalidInputError naming every field to fix. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    return `${field}: ${issue.message}`;
  });
  throw new InvalidInputError(problems.join("; "));
}
