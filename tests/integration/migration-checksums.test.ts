import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Database } from "../../src/db/database";
import { CYPHER_DIR } from "../../src/db/cypher-registry";
import { applyMigrations, MigrationChecksumError, readMigrations } from "../../src/db/migrations";
import { openTestDatabase } from "../support/test-database";

// The test database has every migration applied (global setup). A copy of cypher/schema with one
// applied file edited must stop applyMigrations before it applies anything, naming the file.

let db: Database;
let dir: string;
beforeAll(() => {
  db = openTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "edited-migrations-"));
  const source = path.join(CYPHER_DIR, "schema");
  for (const file of fs.readdirSync(source)) fs.copyFileSync(path.join(source, file), path.join(dir, file));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await db.driver.close();
});

it("applies nothing when the files are those applied", async () => {
  expect(await applyMigrations(db, readMigrations(dir))).toEqual([]);
});

it("stops with a message naming an applied migration whose file was edited", async () => {
  const [first] = readMigrations(dir);
  const file = path.join(dir, `${first!.id}.cypher`);
  fs.appendFileSync(file, "\nCREATE INDEX edited_after_applied IF NOT EXISTS FOR (n:Film) ON (n.runtimeMinutes);\n");

  const attempt = applyMigrations(db, readMigrations(dir));
  await expect(attempt).rejects.toBeInstanceOf(MigrationChecksumError);
  await expect(attempt).rejects.toThrow(`cypher/schema/${first!.id}.cypher`);

  const { records } = await db.driver.executeQuery("SHOW INDEXES YIELD name WHERE name = 'edited_after_applied' RETURN name", {}, {
    database: db.name,
  });
  expect(records).toEqual([]);
});
