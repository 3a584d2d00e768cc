import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { CYPHER_DIR, stripComments } from "./cypher-registry";
import { Database } from "./database";
import { isSchemaStatement, planMigrationRun } from "./migration-plan";
import { backfillFilmConsensus, FILM_CONSENSUS_BACKFILL_ID } from "./film-consensus-backfill";
import { backfillFilmReviewCounters, FILM_REVIEW_COUNTERS_BACKFILL_ID } from "./film-review-counters-backfill";
import { backfillFilmReviewKeys, FILM_REVIEW_KEYS_BACKFILL_ID } from "./film-review-keys-backfill";
import { IDENTITY_REKEY_ID, rekeyIdentities } from "./identity-rekey";
import { backfillExploresThemeIds, EXPLORES_THEME_ID_BACKFILL_ID } from "./explores-theme-id-backfill";
import { backfillReviewFilmIds, REVIEW_FILM_ID_BACKFILL_ID } from "./review-film-id-backfill";

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
  /** A data migration's TypeScript step (after its statements, if any): work Cypher alone cannot do. */
  run?: (db: Database) => Promise<unknown>;
}

/**
 * Data migrations: numbered like the files of cypher/schema and applied in the same order, for
 * changes that need the service's own code (009: new keys need the Unicode folding of
 * src/graph/text-fold.ts; 011: the review keys need the verdict thresholds of src/graphql/verdict.ts;
 * 035: the review counters, likewise; 046: Review.filmId is set in batches of write transactions;
 * 050: the consensus aggregates, with the verdict thresholds;
 * 056: EXPLORES.themeId, likewise).
 * The checksum names the version of the step.
 */
export const DATA_MIGRATIONS: Migration[] = [
  {
    id: IDENTITY_REKEY_ID,
    checksum: createHash("sha256").update(`${IDENTITY_REKEY_ID} v1`).digest("hex"),
    statements: [],
    run: rekeyIdentities,
  },
  {
    id: FILM_REVIEW_KEYS_BACKFILL_ID,
    checksum: createHash("sha256").update(`${FILM_REVIEW_KEYS_BACKFILL_ID} v1`).digest("hex"),
    statements: [],
    run: backfillFilmReviewKeys,
  },
  {
    id: FILM_REVIEW_COUNTERS_BACKFILL_ID,
    checksum: createHash("sha256").update(`${FILM_REVIEW_COUNTERS_BACKFILL_ID} v1`).digest("hex"),
    statements: [],
    run: backfillFilmReviewCounters,
  },
  {
    id: REVIEW_FILM_ID_BACKFILL_ID,
    checksum: createHash("sha256").update(`${REVIEW_FILM_ID_BACKFILL_ID} v1`).digest("hex"),
    statements: [],
    run: backfillReviewFilmIds,
  },
  {
    id: FILM_CONSENSUS_BACKFILL_ID,
    checksum: createHash("sha256").update(`${FILM_CONSENSUS_BACKFILL_ID} v1`).digest("hex"),
    statements: [],
    run: backfillFilmConsensus,
  },
  {
    id: EXPLORES_THEME_ID_BACKFILL_ID,
    checksum: createHash("sha256").update(`${EXPLORES_THEME_ID_BACKFILL_ID} v1`).digest("hex"),
    statements: [],
    run: backfillExploresThemeIds,
  },
];

/** Every migration, Cypher files and data steps, in order of their numbers. */
export function allMigrations(dir?: string): Migration[] {
  return [...readMigrations(dir), ...DATA_MIGRATIONS].sort((a, b) => a.id.localeCompare(b.id));
}

/** The numbered files of cypher/schema, in order; each holds statements ending in `;`. */
export function readMigrations(dir: string = path.join(CYPHER_DIR, "schema")): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^\d{3}-[\w-]+\.cypher$/.test(file))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const statements = stripComments(text)
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.trim())
        .filter(Boolean);
      return {
        id: file.replace(/\.cypher$/, ""),
        checksum: createHash("sha256").update(text).digest("hex"),
        statements,
      };
    });
}

/** Transaction timeout of a migration statement (ms): index builds on a large graph take minutes. */
export const MIGRATION_TIMEOUT_MS = 300_000;
/** An applied migration whose file changed afterwards: its new text would never run. */
export class MigrationChecksumError extends Error {
  constructor(readonly migrations: string[]) {
    super(
      `Migration ${migrations.map((id) => `cypher/schema/${id}.cypher`).join(", ")} changed after ${
        migrations.length === 1 ? "it was" : "they were"
      } applied to this database (its sha256 checksum differs from the recorded one). ` +
        "Applied migrations must not be edited: restore the file and put the change in a new, higher-numbered migration.",
    );
    this.name = "MigrationChecksumError";
  }
}

export interface MigrationStatus {
  /** Ids of migrations not yet applied to the database. */
  pending: string[];
  /** Ids of applied migrations whose file's checksum differs from the one recorded when applied. */
  changed: string[];
}

/** Compares the migration files with what the database recorded (`id` -> sha256 checksum). */
export function compareMigrations(migrations: Migration[], applied: Map<string, string>): MigrationStatus {
  return {
    pending: migrations.filter((m) => !applied.has(m.id)).map((m) => m.id),
    changed: migrations.filter((m) => applied.has(m.id) && applied.get(m.id) !== m.checksum).map((m) => m.id),
  };
}

/** The migrations the database recorded: id -> checksum (one read statement). */
export async function appliedMigrations(db: Database): Promise<Map<string, string>> {
  return new Map((await db.read("appliedMigrations")).map((row) => [row.id as string, row.checksum as string]));
}

export interface ApplyMigrationsOptions {
  /**
   * Called after each step is applied and recorded (see planMigrationRun: one migration, or several
   * schema-only ones in one transaction), with their ids and the seconds it took.
   */
  onApplied?: (ids: string[], seconds: number) => void;
  /** Called once the final wait for the indexes to come online ends, with the seconds it took. */
  onIndexesOnline?: (seconds: number) => void;
}

/**
 * Applies the migrations not yet recorded in the database, in order, as planMigrationRun plans
 * them: consecutive schema-only migrations in one transaction (their indexes populated together),
 * a migration with data statements one transaction per statement (Neo4j does not mix schema and
 * data changes in one), and no index built that a later migration of the same run drops. Each
 * migration is recorded as applied (id, checksum) once its step committed. Returns the ids it
 * applied. Throws a MigrationChecksumError, before applying anything, when an applied migration's
 * file was edited.
 */
export async function applyMigrations(given: Database, migrations = allMigrations(), o: ApplyMigrationsOptions = {}): Promise<string[]> {
  // Migrations are not requests: their reads, writes and data steps get the migration timeout (a
  // cold database on a busy machine can take longer than a request's 5 s for its first read).
  const db = new Database(given.driver, given.name, given.cypher, { readMs: MIGRATION_TIMEOUT_MS, writeMs: MIGRATION_TIMEOUT_MS });
  const applied = await appliedMigrations(db);
  const { changed } = compareMigrations(migrations, applied);
  if (changed.length > 0) throw new MigrationChecksumError(changed);
  const ran: string[] = [];
  for (const step of planMigrationRun(migrations.filter((m) => !applied.has(m.id)))) {
    const started = performance.now();
    const schemaOnly = step.statements.every(isSchemaStatement);
    const session = db.driver.session({ database: db.name });
    try {
      if (schemaOnly && step.statements.length > 0) {
        await session.executeWrite(async (tx) => {
          for (const statement of step.statements) await tx.run(statement);
        }, { timeout: MIGRATION_TIMEOUT_MS });
      } else {
        for (const statement of step.statements) {
          await session.executeWrite((tx) => tx.run(statement), { timeout: MIGRATION_TIMEOUT_MS });
        }
      }
    } finally {
      await session.close();
    }
    if (step.run) {
      // The step reads and writes through the named statements; indexes it relies on must be online.
      await db.driver.executeQuery("CALL db.awaitIndexes(300)", {}, {
        database: db.name,
        transactionConfig: { timeout: MIGRATION_TIMEOUT_MS + 10_000 },
      });
      await step.run(db);
    }
    for (const migration of step.migrations) {
      await db.write((tx) => tx.run("recordMigration", { id: migration.id, checksum: migration.checksum }));
      ran.push(migration.id);
    }
    o.onApplied?.(step.migrations.map((m) => m.id), (performance.now() - started) / 1000);
  }
  const waitStarted = performance.now();
  await db.driver.executeQuery("CALL db.awaitIndexes(300)", {}, {
    database: db.name,
    transactionConfig: { timeout: MIGRATION_TIMEOUT_MS + 10_000 },
  });
  o.onIndexesOnline?.((performance.now() - waitStarted) / 1000);
  return ran;
}
