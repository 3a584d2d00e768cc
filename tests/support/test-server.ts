import pino from "pino";
import type { Database } from "../../src/db/database";
import { startServer, type RunningServer } from "../../src/graphql/server";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
}

export interface TestServer extends RunningServer {
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

/** The real HTTP server on a free port, over the given database. */
export async function startTestServer(db: Database): Promise<TestServer> {
  const server = await startServer({ db, logger: pino({ level: "silent" }), development: false, host: "127.0.0.1", port: 0 });
  return {
    ...server,
    async query(query, variables) {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as never };
    },
  };
}
