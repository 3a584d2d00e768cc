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
  dbHits: number;
}

async function profileAll(db: Database, statements: RecordedStatement[]): Promise<number> {
  let hits = 0;
  for (const s of statements) hits += await profileDbHits(db.driver, db.name, s);
  return hits;
}

/**
 * Runs requests against this project's API in this process (its own server code over a recording
 * driver), one at a time, and returns what each ran. Also the statements the floor replays.
 */
export async function recordOurs(db: Database, apiToken: string) {
  const log: RecordedStatement[] = [];
  const recorded = new Database(recordingDriver(db.driver, log), db.name, db.cypher);
  const server = await startServer({ db: recorded, logger: pino({ level: "silent" }), development: false, analyzer: defaultAnalyzer, apiToken, host: "127.0.0.1", port: 0 });
  return {
    async profile(request: GraphQLRequest): Promise<RequestProfile & { errors?: string; createdIds: string[] }> {
      log.length = 0;
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiToken}` },
        body: JSON.stringify(request),
      });
      const body = (await response.json()) as { errors?: { message: string }[]; data?: { ingestReview?: { id: string } } };
      const statements = [...log];
      const createdIds = body.data?.ingestReview?.id ? [body.data.ingestReview.id] : [];
      return { statements, dbHits: await profileAll(db, statements), errors: body.errors?.[0]?.message, createdIds };
    },
    close: () => server.close(),
  };
}

/** The same for the peer (@neo4j/graphql executed in this process over a recording driver). */
export async function recordPeer(db: Database) {
  const log: RecordedStatement[] = [];
  let schema: GraphQLSchema | undefined;
  return {
    async profile(request: GraphQLRequest): Promise<RequestProfile & { errors?: string }> {
      schema ??= (await buildPeerSchema(recordingDriver(db.driver, log))).schema;
      log.length = 0;
      const result = await graphql({ schema, source: request.query, variableValues: request.variables, contextValue: {} });
      const statements = [...log];
      return { statements, dbHits: await profileAll(db, statements), errors: result.errors?.[0]?.message };
    },
  };
}
