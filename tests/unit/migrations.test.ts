import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { compareMigrations, MigrationChecksumError, readMigrations } from "../../src/db/migrations";

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("readMigrations on cypher/schema", () => {
  const migrations = readMigrations();

  it("has numbered ids in order", () => {
    const ids = migrations.map((m) => m.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^\d{3}-[\w-]+$/);
    expect(new Set(ids.map((id) => id.slice(0, 3))).size).toBe(ids.length);
  });

  it("splits into non-empty statements without comments or semicolons", () => {
    for (const migration of migrations) {
      expect(migration.statements.length).toBeGreaterThan(0);
      for (const statement of migration.statements) {
        expect(statement.trim()).not.toBe("");
        expect(statement).not.toMatch(/^\s*\/\//m);
        expect(statement).not.toMatch(/;\s*$/);
        expect(statement).toMatch(/^(CREATE|DROP|ALTER|MATCH|MERGE|CALL)\b/);
      }
    }
  });

  it("has stable sha256 checksums", () => {
    const again = readMigrations();
    expect(again.map((m) => m.checksum)).toEqual(migrations.map((m) => m.checksum));
    for (const migration of migrations) expect(migration.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("readMigrations on a temp dir", () => {
  it("yields exactly the two statements of a file with comments", () => {
    const dir = tempDir({
      "001-two.cypher": [
        "// The first one.",
        "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;",
        "",
        "// The second one,",
        "// across lines.",
        "CREATE INDEX b IF NOT EXISTS",
        "FOR (n:B) ON (n.name);",
        "// trailing comment",
        "",
      ].join("\n"),
      "README.md": "not a migration;",
      "2-bad-name.cypher": "CREATE INDEX c FOR (n:C) ON (n.x);",
    });
    const migrations = readMigrations(dir);
    expect(migrations.map((m) => m.id)).toEqual(["001-two"]);
    expect(migrations[0]?.statements).toEqual([
      "CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.name)",
    ]);
  });

  it("orders by number and changes the checksum when the text changes", () => {
    const a = tempDir({ "002-b.cypher": "CREATE INDEX b FOR (n:B) ON (n.x);\n", "001-a.cypher": "CREATE INDEX a FOR (n:A) ON (n.x);\n" });
    const b = tempDir({ "002-b.cypher": "CREATE INDEX b FOR (n:B) ON (n.y);\n", "001-a.cypher": "CREATE INDEX a FOR (n:A) ON (n.x);\n" });
    const first = readMigrations(a);
    const second = readMigrations(b);
    expect(first.map((m) => m.id)).toEqual(["001-a", "002-b"]);
    expect(first[0]?.checksum).toBe(second[0]?.checksum);
    expect(first[1]?.checksum).not.toBe(second[1]?.checksum);
  });
});

describe("compareMigrations", () => {
  const migration = (id: string, checksum: string) => ({ id, checksum, statements: ["CREATE INDEX x"] });

  it("finds pending migrations and applied ones whose file changed", () => {
    const files = [migration("001-a", "aaa"), migration("002-b", "bbb"), migration("003-c", "ccc")];
    const applied = new Map([
      ["001-a", "aaa"],
      ["002-b", "old"],
    ]);
    expect(compareMigrations(files, applied)).toEqual({ pending: ["003-c"], changed: ["002-b"] });
  });

  it("says which file changed and what to do, in the error", () => {
    const error = new MigrationChecksumError(["002-lookup-indexes"]);
    expect(error.message).toContain("cypher/schema/002-lookup-indexes.cypher");
    expect(error.message).toMatch(/changed after it was applied/);
    expect(error.message).toMatch(/new, higher-numbered migration/);
  });
});
