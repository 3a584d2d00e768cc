import type { Database } from "../../db/database";
import { appliedMigrations, compareMigrations, type Migration } from "../../db/migrations";

export interface Readiness {
  ready: boolean;
  /** `ready`, `database unavailable`, `migrations not applied`, or `warming up` (plans still compiling). */
  status: string;
  /** Migration ids not applied, or applied with another checksum, when not ready for that reason. */
  pending?: string[];
  changed?: string[];
}

/**
 * Whether the service can answer: the database answers a read (the recorded migrations), every
 * migration file is applied with the checksum it has now, and the start's plan warm-up
 * (src/graphql/plan-warmup.ts), when there is one, has finished (`warmedUp` false: not yet).
 */
export async function checkReadiness(db: Database, migrations: Migration[], warmedUp = true): Promise<Readiness> {
  let applied: Map<string, string>;
  try {
    applied = await appliedMigrations(db);
  } catch {
    return { ready: false, status: "database unavailable" };
  }
  const { pending, changed } = compareMigrations(migrations, applied);
  if (pending.length > 0 || changed.length > 0) return { ready: false, status: "migrations not applied", pending, changed };
  if (!warmedUp) return { ready: false, status: "warming up" };
  return { ready: true, status: "ready" };
}
