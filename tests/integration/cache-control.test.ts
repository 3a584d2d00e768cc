import type { Database } from "../../src/db/database";
import { PUBLIC_READ_MAX_AGE_SECONDS } from "../../src/graphql/cache-control";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// Public reads carry a cache-control hint a CDN or a browser can act on; mutations and errors none.

let db: Database;
let server: TestServer;
beforeAll(async () => {
  db = openTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server.close();
  await db.driver.close();
});

it("a successful query answers Cache-Control: max-age, public", async () => {
  const response = await server.query('{ film(title: "Sound of Metal") { title cast { name } } }');
  expect(response.body.errors).toBeUndefined();
  expect(response.headers.get("cache-control")).toBe(`max-age=${PUBLIC_READ_MAX_AGE_SECONDS}, public`);
});

it("a GET query answers the same hint", async () => {
  const url = `${server.url}?query=${encodeURIComponent("{ genres { name } }")}`;
  const response = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe(`max-age=${PUBLIC_READ_MAX_AGE_SECONDS}, public`);
});

it("a mutation answers no-store, even when it fails", async () => {
  const denied = await server.mutate('mutation { deleteReview(id: "Review:none/review-0") }', {}, null);
  expect(denied.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  expect(denied.headers.get("cache-control")).toBe("no-store");

  const film = await server.mutate(
    "mutation ($input: FilmInput!) { upsertFilm(input: $input) { id } }",
    { input: { title: "Cache Control Test Film", year: 1999 } },
  );
  expect(film.body.errors).toBeUndefined();
  expect(film.headers.get("cache-control")).toBe("no-store");
});

it("a query with errors answers no-store", async () => {
  const response = await server.query('{ films(first: 1, after: "not-a-cursor") { totalCount } }');
  expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(response.headers.get("cache-control")).toBe("no-store");
});
