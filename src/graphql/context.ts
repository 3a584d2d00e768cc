import { Semaphore } from "async-mutex";
import { bearerMatches } from "../auth/api-token";
import type { Database } from "../db/database";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";
import { createLoaders, type Loaders } from "./loaders";

export interface GraphQLContext {
  db: Database;
  loaders: Loaders;
  /** Cypher statements this request has run (reported in the x-cypher-statements header). */
  statements: { count: number };
  /** The review analysis ingestReview runs (injected: the production one, or a test double). */
  analyzer: ReviewAnalyzer;
  /** Whether the request carries `Authorization: Bearer <API_TOKEN>`; mutations check it field by field. */
  canWrite: boolean;
}

export interface ContextOptions {
  analyzer: ReviewAnalyzer;
  /** The token mutations require; without one, no request can write. */
  apiToken?: string;
  /** The request's Authorization header. */
  authorization?: string;
  /** Aborts when the client has gone: the request's running Cypher is stopped, no more is started. */
  signal?: AbortSignal;
  /** How many Cypher transactions the request may have open at once (default 4). */
  concurrentStatements?: number;
}

/**
 * A fresh context per request: its own loaders, statement counter, concurrency cap and
 * cancellation over the shared driver.
 */
export function createContext(db: Database, o: ContextOptions): GraphQLContext {
  const statements = { count: 0 };
  const observed = db.scoped({
    onStatement: () => {
      statements.count += 1;
    },
    signal: o.signal,
    concurrency: new Semaphore(o.concurrentStatements ?? 4),
  });
  return {
    db: observed,
    loaders: createLoaders(observed),
    statements,
    analyzer: o.analyzer,
    canWrite: bearerMatches(o.authorization, o.apiToken),
  };
}
