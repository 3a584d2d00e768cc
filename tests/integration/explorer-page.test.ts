import type { Database } from "../../src/db/database";
import { contractTabs } from "../../src/graphql/explorer/explorer-tabs";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// The explorer page over HTTP: browsers get HTML at the GraphQL address, GraphQL clients still get
// GraphQL there (POST and GET), and only the page's own assets are served.
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

it("answers a browser's GET /graphql with the explorer page, which names only local assets", async () => {
  const response = await fetch(server.url, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/html");
  expect(response.headers.get("content-security-policy")).toContain("connect-src 'self'");
  const html = await response.text();
  expect(html).toContain('src="/explorer-assets/graphiql.min.js"');
  expect(html).toContain("query FilmPage");
  expect(html.match(/(?:src|href)="([^"]+)"/g)?.every((attr) => attr.includes('"/explorer-assets/'))).toBe(true);
});

it("keeps GraphQL over POST and over GET for clients that do not ask for HTML", async () => {
  const post = await server.query("{ film(title: \"Sound of Metal\") { year } }");
  expect(post.body.data).toEqual({ film: { year: 2019 } });
  const get = await fetch(`${server.url}?query=${encodeURIComponent("{ __typename }")}`, {
    headers: { accept: "application/json", "apollo-require-preflight": "true" },
  });
  expect(get.status).toBe(200);
  expect(await get.json()).toEqual({ data: { __typename: "Query" } });
});

it("serves the page's scripts from node_modules and nothing else under /explorer-assets", async () => {
  const script = await fetch(new URL("/explorer-assets/graphiql.min.js", server.url));
  expect(script.status).toBe(200);
  expect(script.headers.get("content-type")).toContain("javascript");
  expect(await script.text()).toContain("GraphiQL");
  for (const outside of ["/explorer-assets/package.json", "/explorer-assets/..%2F..%2Fpackage.json"]) {
    const response = await fetch(new URL(outside, server.url));
    await response.arrayBuffer();
    expect(response.status).toBe(404);
  }
});

it("opens a tab per contract operation with variables that make it runnable", () => {
  const tabs = contractTabs();
  const names = tabs.map((t) => /(?:query|mutation) (\w+)/.exec(t.query)?.[1]);
  expect(names.slice(0, 4)).toEqual(["FilmPage", "PersonPage", "ThemePage", "NodeLookup"]);
  expect(names).toEqual(expect.arrayContaining(["FilmList", "Search", "UpsertFilm"]));
  const byName = Object.fromEntries(tabs.map((t, i) => [names[i], t]));
  expect(JSON.parse(byName.NodeLookup!.variables!)).toEqual({ id: "Film:sound-of-metal-2019" });
  expect(JSON.parse(byName.FilmPage!.variables!)).toEqual({ title: "Sound of Metal" });
});
