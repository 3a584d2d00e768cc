import type { Response } from "express";
import type { GraphQLContext } from "../context";

/** What the request log and the metrics learn about one GraphQL request while it runs. */
export interface RequestRecord {
  /** The operation's name, once Apollo has resolved it. */
  operation?: string;
  /** The context's statement counter (src/graphql/context.ts). */
  statements: { count: number };
}

// Keyed by the statement counter: Apollo hands resolvers and plugins a shallow copy of the context.
const records = new WeakMap<{ count: number }, RequestRecord>();
const RECORD = "graphqlRequest";

/** Ties a request's context to its HTTP response, so the request log can read the record. Returns the context. */
export function trackRequest(res: Response, context: GraphQLContext): GraphQLContext {
  const record: RequestRecord = { statements: context.statements };
  records.set(context.statements, record);
  res.locals[RECORD] = record;
  return context;
}

export function recordOfContext(context: GraphQLContext): RequestRecord | undefined {
  return records.get(context.statements);
}

export function recordOfResponse(res: { locals?: Record<string, unknown> }): RequestRecord | undefined {
  return res.locals?.[RECORD] as RequestRecord | undefined;
}
