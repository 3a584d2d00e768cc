import type { Database } from "../../src/db/database";
import { applyMigrations, readMigrations } from "../../src/db/migrations";
import { loadSeed } from "../../src/seed/load-seed";
import { openTestDatabase } from "../support/test-database";

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.driver.close());

// What the seed writes (other tests add their own films and themes meanwhile, so not the whole graph).
const graphSize = async () => {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film {id: 'sound-of-metal-2019'})
     RETURN COUNT { (f)--() } AS filmLinks,
            COUNT { (f)<-[:IN]-(:Role)<-[:PLAYED]-(:Person) } AS cast,
            COUNT { (f)<-[:REVIEWS]-(:Review)-[]->() } AS reviewLinks,
            COUNT { (:Theme)-[:BROADER]->(:Theme) } AS taxonomyLinks,
            COUNT { (:Aspect) } AS aspects`,
    {},
    { database: db.name },
  );
  return records[0]!.toObject();
};

it("loading the seed again creates no duplicates", async () => {
  const before = await graphSize();
  await loadSeed(db);
  await loadSeed(db);
  expect(await graphSize()).toEqual(before);

  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film {title: $title}) RETURN count(f) AS films,
       COUNT { (:Review)-[:REVIEWS]->(f) } AS reviews`,
    { title: "Sound of Metal" },
    { database: db.name },
  );
  expect(records.map((r) => r.toObject())).toEqual([{ films: 1, reviews: 1 }]);
});

it("applies each migration once and records it", async () => {
  expect(await applyMigrations(db)).toEqual([]);
  const { records } = await db.driver.executeQuery("MATCH (m:Migration) RETURN m.id AS id ORDER BY id", {}, {
    database: db.name,
  });
  const ids = records.map((r) => r.get("id"));
  // Every file of cypher/schema, in order (later migrations come with their features).
  expect(ids).toEqual(readMigrations().map((m) => m.id));
  expect(ids.slice(0, 4)).toEqual(["001-constraints", "002-lookup-indexes", "003-search-index", "004-browse-indexes"]);
});

it("has a uniqueness constraint on the key of every label and the full-text index", async () => {
  const { records } = await db.driver.executeQuery(
    "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    {},
    { database: db.name },
  );
  const constrained = records.map((r) => `${r.get("label")}.${r.get("properties").join(",")}`);
  expect(constrained).toEqual(
    expect.arrayContaining(["Film.id", "Person.id", "Role.id", "Review.id", "Theme.id", "Aspect.id", "Genre.id"]),
  );
  const fulltext = await db.driver.executeQuery(
    "SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state",
    {},
    { database: db.name },
  );
  expect(fulltext.records.map((r) => r.toObject())).toContainEqual({ name: "search", state: "ONLINE" });
});

it("stores the seed review's links with their evidence and provenance", async () => {
  const { records } = await db.driver.executeQuery(
    `MATCH (r:Review)-[:REVIEWS]->(:Film {title: $title})
     MATCH (r)-[m:MENTIONS]->(p:Person {name: 'Paul Raci'})
     RETURN substring(r.text, m.start, m.end - m.start) AS quoted, m.polarity AS polarity,
            m.analyzerVersion AS analyzer, m.evidence AS evidence`,
    { title: "Sound of Metal" },
    { database: db.name },
  );
  expect(records).toHaveLength(1);
  const mention = records[0]!.toObject();
  expect(mention).toMatchObject({ quoted: "Paul Raci", polarity: "POSITIVE", analyzer: "gold-annotation" });
  expect(mention.evidence).toMatch(/^The supporting cast, especially Paul Raci as Joe/);
});
