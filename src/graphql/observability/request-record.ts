import type { ServerResponse } from "node:http";
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
// Keyed by the HTTP response (a plain node:http one on the POST path, src/graphql/graphql-post.ts).
const byResponse = new WeakMap<ServerResponse, RequestRecord>();

/** Ties a request's context to its HTTP response, so the request log can read the record. Returns the context. */
export function trackRequest(res: ServerResponse, context: GraphQLContext): GraphQLContext {
  const record: RequestRecord = { statements: context.statements };
  records.set(context.statements, record);
  byResponse.set(res, record);
  return context;
}

export function recordOfContext(context: GraphQLContext): RequestRecord | undefined {
  return records.get(context.statements);
}

export function recordOfResponse(res: ServerResponse): RequestRecord | undefined {
  return byResponse.get(res);
}
