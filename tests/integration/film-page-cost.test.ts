import type { Database } from "../../src/db/database";
import { upsertFilm } from "../../src/graph/catalog-writes";
import { personId, roleId } from "../../src/graph/ids";
import { storeReview } from "../../src/graph/review-writes";
import { openTestDatabase } from "../support/test-database";
import { type ProfiledServer, startProfiledServer } from "../support/profiled-server";
import type { TestServer } from "../support/test-server";

// A film page shows the newest reviews of the film, not all of them: the database work of the
// request (PROFILE db hits of every statement it runs) must not grow with the film's review count
// (a film of a large catalog has thousands). Measured over the recording driver of the benchmark.

const prefix = `Film Page Cost ${Date.now()}`;
const title = `${prefix} Film`;
const actor = `${prefix} Actor`;
let db: Database;
let server: TestServer;
let profiled: ProfiledServer;

beforeAll(async () => {
  db = openTestDatabase();
  profiled = await startProfiledServer(db);
  server = profiled.server;
});
afterAll(async () => {
  await server.close();
  // The database is shared with other test files, whose whole-graph statements (analytics,
  // catalog-scale's db-hit bounds) would meet these reviews.
  await db.driver.executeQuery(
    "MATCH (r:Review)-[:REVIEWS]->(f:Film) WHERE f.title = $title DETACH DELETE r",
    { title },
    { database: db.name },
  );
  await db.driver.close();
});

const FILM_PAGE = /* GraphQL */ `
  query ($title: String!) {
    film(title: $title) {
      title directors { name } cast { name person { name } } themes { name }
      reviews(first: 10) {
        totalCount
        edges { cursor node { id text film { title } themes { name } aspects { aspect polarity evidence }
          mentions { polarity evidence target { __typename ... on Person { name } ... on Role { name } } } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

async function addReviews(film: string, from: number, to: number): Promise<void> {
  for (let n = from; n <= to; n++) {
    const text = `Review ${n}: ${actor} is wonderful as the Hero.`;
    const evidence = { evidence: text, start: 0, end: text.length };
    await db.write((tx) =>
      storeReview(tx, {
        filmId: film,
        text,
        analyzerVersion: "test",
        analysis: {
          sentiment: 0.5,
          mentions: [
            { ...evidence, targetType: "Person", targetId: personId(actor), polarity: "POSITIVE" },
            { ...evidence, targetType: "Role", targetId: roleId(film, "Hero"), polarity: "POSITIVE" },
          ],
          themes: [{ ...evidence, themeId: "identity", salience: 0.5 }],
          aspects: [{ ...evidence, aspect: "performance", polarity: "POSITIVE" }],
        },
      }),
    );
  }
}

/** The film page's statements and their summed db hits. */
function filmPage() {
  return profiled.measure(FILM_PAGE, { title });
}

it("the film page's db hits do not grow with the film's review count", async () => {
  const film = await db.write((tx) =>
    upsertFilm(tx, { title, year: 2001, directors: [`${prefix} Director`], cast: [{ person: actor, character: "Hero" }] }),
  );
  // Past 50 relationships Neo4j groups a node's relationships by type (a dense node), so both
  // measurements are of a film whose other neighbours cost the same.
  await addReviews(film, 1, 60);
  const few = await filmPage();
  expect(few.data.film.reviews.totalCount).toBe(60);
  await addReviews(film, 61, 150);
  const many = await filmPage();
  expect(many.data.film.reviews.totalCount).toBe(150);
  expect(many.data.film.reviews.edges).toHaveLength(10);
  expect(many.data.film.reviews.edges[0].node.text).toContain("Review 150:");
  expect(many.statements).toBe(1);
  // The same ten reviews' worth of work; reading every review (90 more) would add hundreds.
  expect(many.dbHits).toBeLessThanOrEqual(few.dbHits + 10);
}, 180_000);

it("a next page of a film's reviews continues after the cursor, newest first", async () => {
  const first = await server.query<any>(
    `query ($title: String!) { film(title: $title) { reviews(first: 7) { edges { node { text } } pageInfo { hasNextPage endCursor } } } }`,
    { title },
  );
  const next = await server.query<any>(
    `query ($title: String!, $after: String!) { film(title: $title) { reviews(first: 7, after: $after) { totalCount edges { node { text } } } } }`,
    { title, after: first.body.data.film.reviews.pageInfo.endCursor },
  );
  const number = (e: any) => Number(/Review (\d+):/.exec(e.node.text)![1]);
  expect(first.body.data.film.reviews.edges.map(number)).toEqual([150, 149, 148, 147, 146, 145, 144]);
  expect(next.body.data.film.reviews.edges.map(number)).toEqual([143, 142, 141, 140, 139, 138, 137]);
  expect(next.body.data.film.reviews.totalCount).toBe(150);
});
