import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { chromium, type Browser } from "playwright-core";
import type { Database } from "../../src/db/database";
import { startServer, type RunningServer } from "../../src/graphql/server";
import { ensureChromium } from "../support/ensure-chromium";
import { exactMatchAnalyzer } from "../support/exact-match-analyzer";
import { openTestDatabase } from "../support/test-database";

// Neo4j Browser in a real headless Chromium, against the run's Neo4j, whose neo4j.conf (written by
// src/db/embedded/neo4j-conf.ts) tells Browser to apply the API's style and play its guide on
// connect. The API serves them at the port global-setup chose for it.
jest.setTimeout(600_000);

let db: Database;
let server: RunningServer;
let browser: Browser;
const screenshots = process.env.SCREENSHOT_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "neo4j-browser-"));

beforeAll(async () => {
  const executablePath = ensureChromium();
  db = openTestDatabase();
  server = await startServer({
    db,
    logger: pino({ level: "silent" }),
    development: false,
    analyzer: exactMatchAnalyzer,
    host: "127.0.0.1",
    port: Number(process.env.TEST_BROWSER_API_PORT),
  });
  browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.driver.close();
});

it("connects, applies the film-graph style, plays the guide and runs its first query", async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const browserUrl = process.env.TEST_NEO4J_BROWSER_URL!;
  await page.goto(`${browserUrl}?dbms=${encodeURIComponent(process.env.TEST_NEO4J_URI!)}`);
  await page.getByTestId("username").fill("neo4j");
  await page.getByTestId("password").fill(process.env.TEST_NEO4J_PASSWORD!);
  await page.getByTestId("connect").click();

  // The post-connect commands: the guide's first slide and the style, both fetched from the API.
  const runnable = page.locator("pre.runnable").first();
  await runnable.waitFor({ timeout: 60_000 });
  expect(await runnable.textContent()).toContain("MATCH (f:Film {title: 'Sound of Metal'})");
  await page.screenshot({ path: path.join(screenshots, "guide.png") });

  // On a loaded machine each step can lag: wait for the editor to hold the query before running it,
  // for the query's frame, then for its drawing (a force layout in a CPU-starved headless Chromium).
  await runnable.click();
  await page.getByTestId("activeEditor").filter({ hasText: "Sound of Metal" }).waitFor({ timeout: 60_000 });
  await page.getByTestId("editor-Run").click();
  await page.getByTestId("frameCommand").filter({ hasText: "MATCH (f:Film" }).first().waitFor({ timeout: 60_000 });
  const film = page.locator('svg .node circle[fill="#C0392B"]');
  await film.first().waitFor({ timeout: 180_000 });
  await page.screenshot({ path: path.join(screenshots, "guide-query.png") });

  // The style's colours: a red film, blue people, yellow reviews (cypher/browser/film-graph.grass).
  const fills = await page.$$eval("svg .node circle", (circles) => circles.map((c) => c.getAttribute("fill")));
  expect(fills.filter((f) => f === "#C0392B")).toHaveLength(1);
  expect(fills).toEqual(expect.arrayContaining(["#2E86C1", "#F4D03F"]));
  // Captions read well: the film by its title, the review by its caption, never a raw id.
  const captions = await page.$$eval("svg .node text", (texts) => texts.map((t) => t.textContent ?? ""));
  expect(captions.join(" ")).toMatch(/Sound of/);
  expect(captions.join(" ")).not.toMatch(/Review:|sound-of-metal-2019/);
});
