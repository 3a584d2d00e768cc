import fs from "node:fs";
import path from "node:path";
import { isDate, isDateTime } from "neo4j-driver";
import type { Database } from "../../src/db/database";
import type { LocalNeo4j } from "../../src/db/embedded/local-neo4j";
import { rekeyIdentities } from "../../src/db/identity-rekey";
import { applyMigrations } from "../../src/db/migrations";
import { filmId, personId, reviewId } from "../../src/graph/ids";
import * as old from "../fixtures/release-0.1/old-keys";
import { openTestDatabase } from "../support/test-database";
import { startTestNeo4j } from "../support/test-neo4j";

// A graph as release 0.1 wrote it (its own write statements and keys, dates as text), then the
// migrations of this release: keys, roles and dates move to docs/identity.md, no node or link lost.
// A Neo4j of this file's own: migrations 007 and 009 run again over the whole graph, and the other
// test files, writing beside them in the shared database, would see their data re-keyed meanwhile
// (and seed.test.ts would find 009 pending).
jest.setTimeout(300_000);

const FIXTURES = path.join(__dirname, "../fixtures/release-0.1");
const oldUpsertFilm = fs.readFileSync(path.join(FIXTURES, "upsert-film.cypher"), "utf8");
const oldStoreReview = fs.readFileSync(path.join(FIXTURES, "store-review.cypher"), "utf8");

let neo4j: LocalNeo4j;
let db: Database;
beforeAll(async () => {
  neo4j = await startTestNeo4j();
  db = openTestDatabase(neo4j.boltUri);
  await applyMigrations(db);
});
afterAll(async () => {
  await db?.driver.close();
  if (neo4j) {
    await neo4j.stop();
    fs.rmSync(neo4j.homeDir, { recursive: true, force: true });
  }
});

const tag = `mig${Math.random().toString(36).replace(/[^a-z]/g, "").slice(0, 6)}`;
const run = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(cypher, params, { database: db.name })).records.map((r) => r.toObject());

async function oldFilm(title: string, year: number | null, cast: [string, string][], directors: string[] = []) {
  const id = old.filmId(title, year);
  await run(oldUpsertFilm, {
    film: { id, title, titleKey: old.slug(title), year, runtimeMinutes: null },
    directors: directors.map((name) => ({ id: old.personId(name), name })),
    writers: [],
    cast: cast.map(([person, character], i) => ({
      personId: old.personId(person),
      personName: person,
      roleId: old.roleId(id, character),
      character,
      billing: i + 1,
    })),
  });
  return id;
}

async function oldReview(film: string, text: string, publishedAt: string | null, createdAt: string, mentions: { type: "Person" | "Role"; id: string }[]) {
  const id = old.reviewId(film, text);
  const link = (m: { id: string }) => ({ targetId: m.id, polarity: "POSITIVE", evidence: text, start: 0, end: text.length });
  await run(oldStoreReview, {
    review: {
      id, filmId: film, text, sentiment: 0.5, author: "A. Critic", source: null, publishedAt, url: null, createdAt,
      analyzerVersion: "0.1", unresolvedMentions: [], recommendations: [],
    },
    personMentions: mentions.filter((m) => m.type === "Person").map(link),
    roleMentions: mentions.filter((m) => m.type === "Role").map(link),
    themes: [],
    aspects: [],
  });
  return id;
}

/** Nodes and links of the test's subgraph, by label and by type. */
async function census() {
  const [row] = await run(
    `MATCH (f:Film) WHERE f.title CONTAINS $tag
     OPTIONAL MATCH (f)<-[:IN|REVIEWS]-(x)
     WITH collect(DISTINCT f) + collect(DISTINCT x) AS near
     UNWIND near AS n
     OPTIONAL MATCH (n)-[l]-(m)
     WITH collect(n) + collect(m) AS nodes, collect(DISTINCT l) AS links
     UNWIND nodes AS node
     WITH DISTINCT node, links
     RETURN collect(labels(node)[0]) AS labels, [l IN links | type(l)] AS types`,
    { tag },
  );
  const tally = (xs: unknown) => (xs as string[]).reduce<Record<string, number>>((t, x) => ({ ...t, [x]: (t[x] ?? 0) + 1 }), {});
  return { nodes: tally(row!.labels), links: tally(row!.types) };
}

it("moves a release 0.1 graph to the new keys and temporal types without losing a node or a link", async () => {
  const night = `Night Tide ${tag}`;
  const chalk = `A Life in Chalk ${tag}`;
  const [hanne, oskar, soren, salma] = [`Hanne Lund ${tag}`, `Oskar Lund ${tag}`, `Søren Åkerlund ${tag}`, `سَلْمَى الحَدَّاد ${tag}`];
  const undated = await oldFilm(night, null, []);
  const dated = await oldFilm(night, 2001, []);
  const chalkId = await oldFilm(chalk, 2019, [[hanne, "Herself"], [oskar, "Herself"], [soren, "Sven"]], [salma]);
  // Release 0.1 keyed the role by character: both Lunds play one Role, and the undated film's key
  // is its bare title; Arabic names split at every mark.
  expect(undated).toBe(`night-tide-${tag}`);
  expect(old.personId(salma)).toContain("-ل-");
  const herself = old.roleId(chalkId, "Herself");
  const x = `Hanne ${tag} is wonderful as herself, and Søren too, says Amélie.`;
  expect(x.normalize("NFD")).not.toBe(x.normalize("NFC"));
  await oldReview(chalkId, "Late in Chicago.", "2024-06-01T23:30:00-05:00", "2024-07-01T10:00:00.000Z", [{ type: "Role", id: herself }]);
  await oldReview(chalkId, "Early in London.", "2024-06-02T01:00:00Z", "2024-07-01T10:00:01.000Z", []);
  await oldReview(chalkId, x.normalize("NFD"), "2024-06-02", "2024-07-01T10:00:02.000Z", [{ type: "Person", id: old.personId(soren) }]);
  await oldReview(chalkId, x.normalize("NFC"), "2024-06-02", "2024-07-01T10:00:03.000Z", [{ type: "Person", id: old.personId(soren) }]);
  const before = await census();
  expect(before.nodes).toEqual({ Film: 3, Person: 4, Role: 2, Review: 4 });

  // The release's migrations as `npm start` applies them (007 and 009 again: both are idempotent).
  await run("MATCH (m:Migration) WHERE m.id IN ['007-temporal-values', '009-identity-keys'] DETACH DELETE m");
  expect(await applyMigrations(db)).toEqual(["007-temporal-values", "009-identity-keys"]);

  const after = await census();
  // One role per credit (+1 Role, +1 IN); the NFD copy of the NFC review is one review (-1 Review,
  // -1 REVIEWS, -1 MENTIONS); every other node and link is there.
  expect(after.nodes).toEqual({ Film: 3, Person: 4, Role: 3, Review: 3 });
  expect(after.links).toEqual({
    ...before.links,
    IN: before.links.IN! + 1,
    REVIEWS: before.links.REVIEWS! - 1,
    MENTIONS: before.links.MENTIONS! - 1,
  });

  const films = await run("MATCH (f:Film) WHERE f.title CONTAINS $tag RETURN f.id AS id ORDER BY id", { tag });
  expect(films.map((f) => f.id)).toEqual([filmId(chalk, 2019), filmId(night, 2001), filmId(night, null)].sort());
  expect(filmId(night, null)).toBe(`night-tide-${tag}-undated`);
  expect(dated).toBe(filmId(night, 2001));

  const roles = await run(
    "MATCH (p:Person)-[:PLAYED]->(r:Role)-[:IN]->(:Film {id: $film}) RETURN r.id AS role, p.name AS person, COUNT { (r)<-[:MENTIONS]-() } AS mentions ORDER BY role",
    { film: filmId(chalk, 2019) },
  );
  expect(roles).toEqual([
    { role: `${filmId(chalk, 2019)}/herself`, person: hanne, mentions: 1 },
    { role: `${filmId(chalk, 2019)}/herself/${personId(oskar)}`, person: oskar, mentions: 0 },
    { role: `${filmId(chalk, 2019)}/sven`, person: soren, mentions: 0 },
  ]);
  const people = await run("MATCH (p:Person) WHERE p.name IN $names RETURN p.id AS id ORDER BY id", { names: [soren, salma] });
  expect(people.map((p) => p.id).sort()).toEqual([personId(salma), personId(soren)].sort());
  expect(personId(salma)).toBe(`سلمى-الحداد-${tag}`);

  const reviews = await run(
    "MATCH (r:Review)-[:REVIEWS]->(:Film {id: $film}) RETURN r.id AS id, r.text AS text, r.publishedAt AS publishedAt, r.createdAt AS createdAt, r.datedAt AS datedAt ORDER BY r.datedAt DESC",
    { film: filmId(chalk, 2019) },
  );
  for (const r of reviews) {
    expect(r.id).toBe(reviewId(filmId(chalk, 2019), r.text as string));
    expect(isDateTime(r.createdAt)).toBe(true);
    expect(isDateTime(r.datedAt)).toBe(true);
  }
  // Newest first by the instant: 04:30 UTC, 01:00 UTC, then the bare date (00:00 UTC of its day);
  // of the NFD and NFC copies the one whose key is already the new key (the NFC one) stays.
  expect(reviews.map((r) => r.text)).toEqual(["Late in Chicago.", "Early in London.", x.normalize("NFC")]);
  expect(String(reviews[0]!.publishedAt)).toBe("2024-06-01T23:30:00-05:00");
  expect(isDate(reviews[2]!.publishedAt)).toBe(true);

  // Run again: nothing of this graph changes.
  const again = await rekeyIdentities(db);
  const touched = JSON.stringify([again.splits, again.merges, again.duplicateReviews, again.changes]);
  expect(touched).not.toContain(tag);
});
