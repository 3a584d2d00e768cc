import { isSchemaStatement, planMigrationRun } from "../../src/db/migration-plan";
import { allMigrations, type Migration } from "../../src/db/migrations";

const migration = (id: string, statements: string[], run?: Migration["run"]): Migration => ({ id, checksum: `sum-${id}`, statements, run });
const ids = (steps: ReturnType<typeof planMigrationRun>) => steps.map((s) => s.migrations.map((m) => m.id));

describe("planMigrationRun", () => {
  it("runs consecutive schema-only migrations in one step, and data statements and data steps in steps of their own", () => {
    const step = async () => undefined;
    const steps = planMigrationRun([
      migration("001", ["CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE"]),
      migration("002", ["CREATE INDEX b IF NOT EXISTS FOR (n:A) ON (n.b)", "CREATE FULLTEXT INDEX c IF NOT EXISTS FOR (n:A) ON EACH [n.c]"]),
      migration("003", ["MATCH (n:A) SET n.d = 1", "CREATE INDEX d IF NOT EXISTS FOR (n:A) ON (n.d)"]),
      migration("004", [], step),
      migration("005", ["CREATE INDEX e IF NOT EXISTS FOR (n:A) ON (n.e)"]),
      migration("006", ["CREATE INDEX f IF NOT EXISTS FOR (n:A) ON (n.f)"]),
    ]);
    expect(ids(steps)).toEqual([["001", "002"], ["003"], ["004"], ["005", "006"]]);
    expect(steps[0]!.statements).toHaveLength(3);
    expect(steps[2]!.run).toBe(step);
  });

  it("does not build an index that a later migration of the same run drops, and keeps its replacement", () => {
    const steps = planMigrationRun([
      migration("001", ["CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:A) ON EACH [n.name]", "CREATE INDEX kept IF NOT EXISTS FOR (n:A) ON (n.k)"]),
      migration("002", ["MATCH (n:A) SET n.x = 1"]),
      migration("003", [
        "DROP INDEX search IF EXISTS",
        "CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:A) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
      ]),
    ]);
    expect(steps.flatMap((s) => s.statements)).toEqual([
      "CREATE INDEX kept IF NOT EXISTS FOR (n:A) ON (n.k)",
      "MATCH (n:A) SET n.x = 1",
      "DROP INDEX search IF EXISTS",
      "CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:A) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
    ]);
    // Every migration is still recorded.
    expect(ids(steps).flat()).toEqual(["001", "002", "003"]);
  });

  it("builds the index when its drop is not part of the run, and always creates constraints", () => {
    const create = "CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:A) ON EACH [n.name]";
    expect(planMigrationRun([migration("001", [create])])[0]!.statements).toEqual([create]);
    const constraint = "CREATE CONSTRAINT u IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE";
    expect(planMigrationRun([migration("001", [constraint]), migration("002", ["DROP CONSTRAINT u IF EXISTS"])]).flatMap((s) => s.statements)).toEqual([
      constraint,
      "DROP CONSTRAINT u IF EXISTS",
    ]);
    // A drop without IF EXISTS would fail on an index never built: the index is built.
    expect(planMigrationRun([migration("001", [create]), migration("002", ["DROP INDEX search"])]).flatMap((s) => s.statements)).toEqual([create, "DROP INDEX search"]);
  });

  it("builds the full-text index `search` once on an empty database, with the folding analyzer of 008", () => {
    const statements = planMigrationRun(allMigrations()).flatMap((s) => s.statements);
    const searchCreates = statements.filter((s) => /CREATE FULLTEXT INDEX search\b/.test(s));
    expect(searchCreates).toHaveLength(1);
    expect(searchCreates[0]).toContain("standard-folding");
    // And the migrations of cypher/schema 001-006 are one transaction.
    expect(ids(planMigrationRun(allMigrations()))[0]).toEqual(expect.arrayContaining(["001-constraints", "006-outside-ids"]));
  });

  it("tells schema statements from data statements", () => {
    expect(isSchemaStatement("CREATE CONSTRAINT x IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE")).toBe(true);
    expect(isSchemaStatement("CREATE FULLTEXT INDEX x FOR (n:A) ON EACH [n.a]")).toBe(true);
    expect(isSchemaStatement("DROP INDEX x IF EXISTS")).toBe(true);
    expect(isSchemaStatement("MATCH (n:A) SET n.x = 1")).toBe(false);
    expect(isSchemaStatement("CREATE (n:Index)")).toBe(false);
  });
});
