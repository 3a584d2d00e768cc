import type { Database } from "../db/database";
import { createLoaders, type Loaders } from "./loaders";

export interface GraphQLContext {
  db: Database;
  loaders: Loaders;
  /** Cypher statements this request has run (reported in the x-cypher-statements header). */
  statements: { count: number };
}

/** A fresh context per request: its own loaders and statement counter over the shared driver. */
export function createContext(db: Database): GraphQLContext {
  const statements = { count: 0 };
  const observed = db.observed(() => {
    statements.count += 1;
  });
  return { db: observed, loaders: createLoaders(observed), statements };
}
