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
}

/** A fresh context per request: its own loaders and statement counter over the shared driver. */
export function createContext(db: Database, o: ContextOptions): GraphQLContext {
  const statements = { count: 0 };
  const observed = db.observed(() => {
    statements.count += 1;
  });
  return {
    db: observed,
    loaders: createLoaders(observed),
    statements,
    analyzer: o.analyzer,
    canWrite: bearerMatches(o.authorization, o.apiToken),
  };
}
