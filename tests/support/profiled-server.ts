import { Database } from "../../src/db/database";
import { profileDbHits, type RecordedStatement, recordingDriver } from "../benchmarks/peer/recording-driver";
import { startTestServer, type TestServer } from "./test-server";

/** A request's Cypher statements, their summed PROFILE db hits, and its data. */
export interface ProfiledRequest<T> {
  statements: number;
  dbHits: number;
  data: T;
}

export interface ProfiledServer {
  server: TestServer;
  /** Runs one request (it must answer without errors) and PROFILEs every statement it ran. */
  measure<T = any>(query: string, variables?: Record<string, unknown>): Promise<ProfiledRequest<T>>;
}

/**
 * A test server over a recording driver (the benchmark's), for tests that bound the database work
 * of a request. Long timeouts: a first compile takes seconds on a loaded machine, and these tests
 * measure db hits, not time.
 */
export async function startProfiledServer(db: Database): Promise<ProfiledServer> {
  const log: RecordedStatement[] = [];
  const server = await startTestServer(new Database(recordingDriver(db.driver, log), db.name, db.cypher, { readMs: 60_000, writeMs: 120_000 }));
  return {
    server,
    async measure<T>(query: string, variables?: Record<string, unknown>) {
      log.length = 0;
      const response = await server.query<T>(query, variables);
      expect(response.body.errors).toBeUndefined();
      const statements = [...log];
      let dbHits = 0;
      for (const s of statements) dbHits += await profileDbHits(db.driver, db.name, s);
      return { statements: statements.length, dbHits, data: response.body.data as T };
    },
  };
}
