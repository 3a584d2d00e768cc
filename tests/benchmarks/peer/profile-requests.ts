import { graphql, type GraphQLSchema } from "graphql";
import pino from "pino";
import { Database } from "../../../src/db/database";
import { startServer } from "../../../src/graphql/server";
import { defaultAnalyzer } from "../../../src/ingest/default-analyzer";
import type { GraphQLRequest } from "./operations";
import { buildPeerSchema } from "./peer-schema";
import { profileDbHits, type RecordedStatement, recordingDriver } from "./recording-driver";

/** The statements one request ran, and their database hits (PROFILE, summed). */
export interface RequestProfile {
  statements: RecordedStatement[];
  dbHits?: number;
  /** Each statement's database hits, in the order run, with the statement's first line. */
  statementHits?: { statement: string; dbHits: number }[];
  /** Why the request or its PROFILE failed. */
  errors?: string;
  profileError?: string;
}

/** The summed database hits, or undefined (with the reason) when a statement cannot be profiled (e.g. it runs out of memory). */
async function profileAll(
  db: Database,
  statements: RecordedStatement[],
): Promise<{ dbHits?: number; statementHits?: RequestProfile["statementHits"]; profileError?: string }> {
  const statementHits: NonNullable<RequestProfile["statementHits"]> = [];
  try {
    for (const s of statements) {
      statementHits.push({ statement: s.text.trimStart().split("\n")[0]!.slice(0, 100), dbHits: await profileDbHits(db.driver, db.name, s) });
    }
  } catch (error) {
    return { profileError: `PROFILE failed: ${(error as Error).message.split("\n")[0]}` };
  }
  return { dbHits: statementHits.reduce((sum, s) => sum + s.dbHits, 0), statementHits };
}

/**
 * Runs requests against this project's API in this process (its own server code over a recording
 * driver), one at a time, and returns what each ran. Also the statements the floor replays.
 */
export async function recordOurs(db: Database, apiToken: string) {
  const log: RecordedStatement[] = [];
  // Long timeouts: this server warms no plans, so its first request of each kind compiles them
  // (seconds on a loaded machine); the recording measures statements and db hits, not time.
  const recorded = new Database(recordingDriver(db.driver, log), db.name, db.cypher, { readMs: 120_000, writeMs: 120_000 });
  const server = await startServer({ db: recorded, logger: pino({ level: "silent" }), development: false, analyzer: defaultAnalyzer, apiToken, host: "127.0.0.1", port: 0 });
  return {
    async profile(request: GraphQLRequest): Promise<RequestProfile & { createdIds: string[] }> {
      log.length = 0;
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiToken}` },
        body: JSON.stringify(request),
      });
      const body = (await response.json()) as { errors?: { message: string }[]; data?: { ingestReview?: { id: string } } };
      const statements = [...log];
      const createdIds = body.data?.ingestReview?.id ? [body.data.ingestReview.id] : [];
      const errors = body.errors?.[0]?.message;
      return { statements, ...(errors ? {} : await profileAll(db, statements)), errors, createdIds };
    },
    close: () => server.close(),
  };
}

/** The same for the peer (@neo4j/graphql executed in this process over a recording driver). */
export async function recordPeer(db: Database) {
  const log: RecordedStatement[] = [];
  let schema: GraphQLSchema | undefined;
  return {
    async profile(request: GraphQLRequest): Promise<RequestProfile> {
      schema ??= (await buildPeerSchema(recordingDriver(db.driver, log))).schema;
      log.length = 0;
      const result = await graphql({ schema, source: request.query, variableValues: request.variables, contextValue: {} });
      const statements = [...log];
      const errors = result.errors?.[0]?.message;
      return { statements, ...(errors ? {} : await profileAll(db, statements)), errors };
    },
  };
}
