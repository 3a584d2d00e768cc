import neo4j from "neo4j-driver";
import type { Database } from "../../src/db/database";
import { addFilm } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// people and themes by NAME are ordered scans of the id index (people-by-name.cypher,
// themes-by-name.cypher): pages of any size give every row once, in order, both directions,
// and a page costs database hits by the page, not by the number of people.

const prefix = `Name Pages ${Date.now()}`;
let db: Database;
let server: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
  await addFilm(db, {
    title: `${prefix} Film`,
    year: 2011,
    directors: [`${prefix} Director`],
    cast: ["Ann", "Bea", "Cid", "Dee", "Eve", "Fay"].map((name) => ({ person: `${prefix} ${name}`, character: name })),
  });
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

const PEOPLE = `query ($filter: PersonFilter, $sort: PersonSort, $first: Int, $after: String) {
  people(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }`;

async function people(variables: Record<string, unknown>) {
  const { body } = await server.query<any>(PEOPLE, variables);
  expect(body.errors).toBeUndefined();
  return body.data.people;
}

it.each(["ASC", "DESC"])("pages of 2 by name (%s) give every person once, in order", async (direction) => {
  const filter = { nameContains: prefix };
  const sort = { field: "NAME", direction };
  const all = await people({ filter, sort, first: 100 });
  expect(all.totalCount).toBe(7);
  const names = all.edges.map((e: any) => e.node.name);
  const sorted = [...names].sort();
  expect(names).toEqual(direction === "ASC" ? sorted : sorted.reverse());
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 10; page++) {
    const data: any = await people({ filter, sort, first: 2, after });
    seen.push(...data.edges.map((e: any) => e.node.name));
    if (!data.pageInfo.hasNextPage) break;
    after = data.pageInfo.endCursor;
  }
  expect(seen).toEqual(names);
});

it("a page by name costs database hits by the page, not by the people", async () => {
  const hits = (plan: any): number => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s: number, c: any) => s + hits(c), 0);
  const profile = async (name: "peopleByName" | "themesByName") => {
    const params = { filter: { idContains: null, filmId: null }, descending: false, after: null, limit: neo4j.int(11) };
    const result = await db.driver.executeQuery(`PROFILE ${db.cypher.get(name).text}`, params, { database: db.name });
    return hits(result.summary.profile);
  };
  const before = await profile("peopleByName");
  await db.driver.executeQuery(
    "UNWIND range(1, 2000) AS i CREATE (:Person {id: $slug + '-' + toString(i), name: $prefix + ' Extra ' + toString(i)})",
    { slug: `name-pages-${Date.now()}`, prefix },
    { database: db.name },
  );
  expect(await profile("peopleByName")).toBeLessThanOrEqual(before + 5);
  expect(await profile("themesByName")).toBeLessThan(100);
});
