import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CYPHER_DIR, CypherRegistry, statementFiles, stripComments, type StatementName } from "../../src/db/cypher-registry";

function cypherFilesUnder(dir: string): string[] {
  return fs
    .readdirSync(path.join(CYPHER_DIR, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".cypher"))
    .map((file) => `${dir}/${file.split(path.sep).join("/")}`);
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function tempCopy(skip: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cypher-registry-"));
  temps.push(dir);
  for (const file of Object.values(statementFiles)) {
    if (file === skip) continue;
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(CYPHER_DIR, file), path.join(dir, file));
  }
  return dir;
}

describe("CypherRegistry", () => {
  it("loads every statement with non-empty text", () => {
    const registry = CypherRegistry.load();
    const names = Object.keys(statementFiles) as StatementName[];
    expect(registry.all()).toHaveLength(names.length);
    for (const name of names) {
      const statement = registry.get(name);
      expect(statement.name).toBe(name);
      expect(statement.file).toBe(statementFiles[name]);
      expect(stripComments(statement.text).length).toBeGreaterThan(0);
    }
  });

  it("registers every .cypher file under read, write and schema-history", () => {
    const onDisk = ["read", "write", "schema-history"].flatMap(cypherFilesUnder).sort();
    const registered = Object.values(statementFiles).map(String).sort();
    expect(onDisk.length).toBeGreaterThan(0);
    expect(onDisk).toEqual(registered);
  });

  it("fails to load when a file is missing, naming the statement", () => {
    const dir = tempCopy(statementFiles.castByFilm);
    expect(() => CypherRegistry.load(dir)).toThrow(/castByFilm is missing/);
  });

  it("fails to load when a file holds only comments, naming the statement", () => {
    const dir = tempCopy("");
    fs.writeFileSync(path.join(dir, statementFiles.upsertFilm), "// nothing here yet\n\n");
    expect(() => CypherRegistry.load(dir)).toThrow(/upsertFilm is empty/);
  });
});

describe("stripComments", () => {
  it("drops whole-line comments and keeps the rest", () => {
    expect(stripComments("// a\nMATCH (n)\n  // b\nRETURN n\n")).toBe("MATCH (n)\nRETURN n");
  });
});
