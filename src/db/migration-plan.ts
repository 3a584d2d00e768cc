import type { Migration } from "./migrations";

/**
 * One transaction of a migration run: the statements to run in it (in order), the migrations it
 * completes (recorded as applied once it commits), and a data step to run after it, if any.
 */
export interface MigrationStep {
  migrations: Migration[];
  statements: string[];
  run?: Migration["run"];
}

const SCHEMA_STATEMENT = /^\s*(CREATE|DROP)\s+(\w+\s+)?(INDEX|CONSTRAINT)\b/i;
const CREATE_INDEX = /^\s*CREATE\s+(?:\w+\s+)?INDEX\s+`?(\w+)`?/i;
const DROP_INDEX_IF_EXISTS = /^\s*DROP\s+INDEX\s+`?(\w+)`?\s+IF\s+EXISTS\b/i;

/** True for a statement that only changes the schema (CREATE/DROP of an index or a constraint). */
export function isSchemaStatement(statement: string): boolean {
  return SCHEMA_STATEMENT.test(statement);
}

const isSchemaOnly = (m: Migration) => !m.run && m.statements.every(isSchemaStatement);

/**
 * Plans how to apply `pending` (the migrations not yet recorded, in order) so that the schema they
 * leave is the one running each statement in order would leave, with less work:
 * - An index (`CREATE [kind] INDEX name`, not a constraint) that a later migration of the same run
 *   drops (`DROP INDEX name IF EXISTS`, which then finds nothing to drop) is not created: it would be built over the whole store only to be
 *   thrown away (003 creates the full-text index `search`, 008 replaces it). Indexes never change
 *   what a statement returns or accepts, only how fast it runs, so the statements between the two
 *   behave the same; constraints do reject writes, and are always created.
 * - Consecutive migrations made only of schema statements run in one transaction: Neo4j populates
 *   the indexes (and constraint indexes) created in one transaction together, in one scan of the
 *   store, instead of one scan per statement. Neo4j refuses data writes in a schema transaction,
 *   so a migration with data statements or a data step is a step of its own.
 * Pure: the same input gives the same plan.
 */
export function planMigrationRun(pending: Migration[]): MigrationStep[] {
  const droppedLater = (index: number, name: string) =>
    pending.slice(index + 1).some((m) => m.statements.some((s) => DROP_INDEX_IF_EXISTS.exec(s)?.[1] === name));
  const steps: MigrationStep[] = [];
  pending.forEach((migration, index) => {
    const statements = migration.statements.filter((s) => {
      const created = CREATE_INDEX.exec(s)?.[1];
      return created === undefined || !droppedLater(index, created);
    });
    const last = steps.at(-1);
    if (isSchemaOnly(migration) && last && !last.run && last.migrations.every(isSchemaOnly)) {
      last.migrations.push(migration);
      last.statements.push(...statements);
      return;
    }
    steps.push({ migrations: [migration], statements, run: migration.run });
  });
  return steps;
}
