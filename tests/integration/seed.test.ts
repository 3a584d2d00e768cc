import type { Database } from "../../src/db/database";
import { ANALYZER_VERSION } from "../../src/ingest/analysis/analyze-review";
import { allMigrations, applyMigrations } from "../../src/db/migrations";
import path from "node:path";
import { aspectsFileSchema } from "../../src/seed/aspect-definitions";
import { loadSeed, readJson, SEED_DIR, themesSchema } from "../../src/seed/load-seed";
import { openTestDatabase } from "../support/test-database";

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(() => db.driver.close());

// The seed's part of the graph (the taxonomy, the aspects, Sound of Metal with its people, characters
// and review) and the relationships among it: other test files write beside this one at the same time,
// themes of their own included (theme-and-similar-films.test.ts), so themes and aspects are the seed's by name.
const seedThemes = readJson(path.join(SEED_DIR, "themes.json"), themesSchema).themes.map((t) => t.name);
const seedAspects = readJson(path.join(SEED_DIR, "aspects.json"), aspectsFileSchema).aspects.map((a) => a.name);
const graphSize = async () => {
  const { records } = await db.driver.executeQuery(
    `MATCH (n)
     WHERE (n:Theme AND n.name IN $themes) OR (n:Aspect AND n.name IN $aspects) OR (n:Film AND n.title = $title)
        OR EXISTS { (n)-[:REVIEWS|IN|DIRECTED|WROTE]->(:Film {title: $title}) }
        OR EXISTS { (n)-[:PLAYED]->(:Role)-[:IN]->(:Film {title: $title}) }
     WITH collect(n) AS seed
     UNWIND seed AS a
     OPTIONAL MATCH (a)-[r]->(b) WHERE b IN seed
     RETURN size(seed) AS nodes, count(r) AS relationships`,
    { title: "Sound of Metal", themes: seedThemes, aspects: seedAspects },
    { database: db.name },
  );
  return records[0]!.toObject();
};

it("loading the seed again creates no duplicates", async () => {
  const before = await graphSize();
  expect(before.nodes).toBeGreaterThan(150);
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
  expect(ids).toEqual(allMigrations().map((m) => m.id));
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

it("stores the links the analysis finds in the seed review, with their evidence and provenance", async () => {
  const { records } = await db.driver.executeQuery(
    `MATCH (r:Review)-[:REVIEWS]->(:Film {title: $title})
     MATCH (r)-[m:MENTIONS]->(p:Person {name: 'Paul Raci'})
     RETURN substring(r.text, m.start, m.end - m.start) AS quoted, m.polarity AS polarity,
            m.analyzerVersion AS analyzer, m.evidence AS evidence, r.analyzerVersion AS reviewAnalyzer`,
    { title: "Sound of Metal" },
    { database: db.name },
  );
  expect(records).toHaveLength(1);
  const mention = records[0]!.toObject();
  expect(mention).toMatchObject({ quoted: "Paul Raci", polarity: "POSITIVE", analyzer: ANALYZER_VERSION, reviewAnalyzer: ANALYZER_VERSION });
  expect(mention.evidence).toMatch(/^The supporting cast, especially Paul Raci as Joe/);
});

it("links the people, characters and themes the seed review names, each with a sentence of the review", async () => {
  const { records } = await db.driver.executeQuery(
    `MATCH (r:Review)-[:REVIEWS]->(:Film {title: $title})
     MATCH (r)-[l:MENTIONS|DISCUSSES]->(t)
     RETURN labels(t)[0] AS label, t.name AS name, l.evidence AS evidence, l.analyzerVersion AS analyzer,
            r.text CONTAINS l.evidence AS quoted`,
    { title: "Sound of Metal" },
    { database: db.name },
  );
  const links = records.map((r) => r.toObject());
  const named = new Set(links.map((l) => `${l.label}:${l.name}`));
  for (const target of ["Person:Riz Ahmed", "Person:Paul Raci", "Role:Ruben Stone", "Role:Lou", "Theme:identity", "Theme:deafness"]) {
    expect(named).toContain(target);
  }
  for (const link of links) expect(link).toMatchObject({ analyzer: ANALYZER_VERSION, quoted: true });
  const deafness = links.find((l) => l.name === "deafness");
  expect(deafness?.evidence).toContain("loses his hearing");
});

it("gives the seed review provenance a person can read: a caption and a source, not a file path", async () => {
  const { records } = await db.driver.executeQuery(
    `MATCH (r:Review)-[:REVIEWS]->(:Film {title: $title}) RETURN r.caption AS caption, r.source AS source, r.author AS author`,
    { title: "Sound of Metal" },
    { database: db.name },
  );
  const seed = records.map((r) => r.toObject()).find((r) => r.source === "film-graph sample review");
  expect(seed).toEqual({ caption: "film-graph sample review on Sound of Metal", source: "film-graph sample review", author: null });
});
