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

/** Transaction timeout of a migration statement (ms): index builds on a large graph take minutes. */
export const MIGRATION_TIMEOUT_MS = 300_000;

/**
 * Applies the migrations not yet recorded in the database, each statement in a transaction of its
 * own (Neo4j does not mix schema and data changes in one). Returns the ids it applied.
 */
export async function applyMigrations(db: Database, migrations = readMigrations()): Promise<string[]> {
  const applied = new Map(
    (await db.read("appliedMigrations")).map((row) => [row.id as string, row.checksum as string]),
  );
  const ran: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    const session = db.driver.session({ database: db.name });
    try {
      for (const statement of migration.statements) {
        await session.executeWrite((tx) => tx.run(statement), { timeout: MIGRATION_TIMEOUT_MS });
      }
    } finally {
      await session.close();
    }
    await db.write((tx) => tx.run("recordMigration", { id: migration.id, checksum: migration.checksum }));
    ran.push(migration.id);
  }
  await db.driver.executeQuery("CALL db.awaitIndexes(300)", {}, {
    database: db.name,
    transactionConfig: { timeout: MIGRATION_TIMEOUT_MS + 10_000 },
  });
  return ran;
}
