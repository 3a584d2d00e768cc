import fs from "node:fs";
import { analyticsNames, loadAnalytics } from "../../src/analytics/analytics-files";
import { GUIDE_SLIDES } from "../../src/browser-guide/guide-slides";
import { analyticsSlides } from "../../src/browser-guide/render-guide";
import { GRASS_FILE } from "../../src/browser-style/grass";
import type { Database } from "../../src/db/database";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// The Neo4j Browser style and guide the API serves, and the guide's queries on the seeded graph.

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

const origin = () => `http://127.0.0.1:${server.port}`;
const fromBrowser = { origin: "http://localhost:7474" };

it("serves the .grass style to Neo4j Browser's page (CORS)", async () => {
  const response = await fetch(`${origin()}/browser/style.grass`, { headers: fromBrowser });
  expect(response.status).toBe(200);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  expect(await response.text()).toBe(fs.readFileSync(GRASS_FILE, "utf8"));
});

it("serves the guide: a carousel of slides with runnable queries, one slide per analytics file", async () => {
  const response = await fetch(`${origin()}/browser/guide.html`, { headers: fromBrowser });
  expect(response.status).toBe(200);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const html = await response.text();
  expect(html).toMatch(/^<article class="guide">/);
  expect(html.match(/<slide /g)?.length).toBe(GUIDE_SLIDES.length + analyticsNames().length);
  expect(html).toContain(`<pre class="pre-scrollable code runnable">MATCH (f:Film {title: 'Sound of Metal'})`);
  expect(html).not.toMatch(/<script/i);
});

describe("the guide's own queries", () => {
  const queries = GUIDE_SLIDES.flatMap((s) => s.queries.map((q) => [q.caption, q.cypher] as const));

  it.each(queries)("%s: runs on the seed and answers distinct rows", async (_caption, cypher) => {
    const { records } = await db.driver.executeQuery(cypher, {}, { database: db.name, routing: "READ" });
    expect(records.length).toBeGreaterThan(0);
    const rows = records.map((r) => JSON.stringify(r.toObject()));
    expect(new Set(rows).size).toBe(rows.length);
    expect(cypher).toMatch(/\bLIMIT \d+\s*$/);
  });
});

describe("the analytics slides", () => {
  it.each(analyticsNames())("%s: sets each header parameter with :param and runs the file's query", async (name) => {
    const slide = analyticsSlides().find((s) => s.title === `Analytics: ${name}`)!;
    const params = slide.queries.filter((q) => q.cypher.startsWith(":param "));
    const { params: defaults } = loadAnalytics(name);
    expect(params.map((q) => q.cypher.split(" ")[1])).toEqual(Object.keys(defaults));
    const query = slide.queries[slide.queries.length - 1]!.cypher;
    await db.driver.executeQuery(query, defaults, { database: db.name, routing: "READ" });
  });
});
