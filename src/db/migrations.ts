import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { CYPHER_DIR, stripComments } from "./cypher-registry";
import type { Database } from "./database";

export interface Migration {
  id: string;
  checksum: string;
  statements: string[];
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

/**
 * Applies the migrations not yet recorded in the database, each statement in a transaction of its
 * own (Neo4j does not mix schema and data changes in one). Returns the ids it applied. Throws a
 * MigrationChecksumError, before applying anything, when an applied migration's file was edited.
 */
export async function applyMigrations(db: Database, migrations = readMigrations()): Promise<string[]> {
  const applied = await appliedMigrations(db);
  const { changed } = compareMigrations(migrations, applied);
  if (changed.length > 0) throw new MigrationChecksumError(changed);
  const ran: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    const session = db.driver.session({ database: db.name });
    try {
      for (const statement of migration.statements) {
        await session.executeWrite((tx) => tx.run(statement));
      }
    } finally {
      await session.close();
    }
    await db.write((tx) => tx.run("recordMigration", { id: migration.id, checksum: migration.checksum }));
    ran.push(migration.id);
  }
  await db.driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database: db.name });
  return ran;
}
