import pino from "pino";
import type { Database } from "../../src/db/database";
import { startServer, type RunningServer, type ServerOptions } from "../../src/graphql/server";
import { exactMatchAnalyzer } from "./exact-match-analyzer";

/** The API token of test servers (mutations need it). */
export const TEST_API_TOKEN = "test-token-0123456789abcdef";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export interface TestServer extends RunningServer {
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The same, with `Authorization: Bearer <token>` (the server's token unless another is given). */
  mutate<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    authorization?: string | null,
  ): Promise<GraphQLResponse<T>>;
}

/** The real HTTP server on a free port, over the given database, with the test analyzer. */
export async function startTestServer(db: Database, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const server = await startServer({
    db,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? "silent" }),
    development: false,
    analyzer: exactMatchAnalyzer,
    apiToken: TEST_API_TOKEN,
    ...options,
    host: "127.0.0.1",
    port: 0,
  });
  const post = async (query: string, variables: Record<string, unknown> | undefined, authorization: string | null) => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as never };
  };
  return {
    ...server,
    query: (query, variables) => post(query, variables, null),
    mutate: (query, variables, authorization = `Bearer ${TEST_API_TOKEN}`) => post(query, variables, authorization),
  };
}
