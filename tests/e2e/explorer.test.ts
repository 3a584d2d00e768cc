import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import type { Database } from "../../src/db/database";
import { ensureChromium } from "../support/ensure-chromium";
import { openTestDatabase } from "../support/test-database";
import { startTestServer, type TestServer } from "../support/test-server";

// The GraphQL explorer in a real headless Chromium: the page loads from the API alone (no request
// leaves the server), opens with the contract's operations, runs FilmPage and shows Riz Ahmed.
jest.setTimeout(600_000);

let db: Database;
let server: TestServer;
let context: BrowserContext;
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-chromium-"));

beforeAll(async () => {
  const executablePath = ensureChromium();
  db = openTestDatabase();
  server = await startTestServer(db);
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  await db?.driver.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
});

it("loads offline, runs FilmPage and shows Riz Ahmed in the result", async () => {
  const page = await context.newPage();
  const origin = new URL(server.url).origin;
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(error.message));

  const response = await page.goto(server.url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-type"]).toContain("text/html");

  // Every contract operation is a tab; FilmPage (the first) is the one shown.
  const tabs = page.locator(".graphiql-tab");
  await tabs.first().waitFor({ timeout: 30_000 });
  const tabNames = await tabs.allInnerTexts();
  expect(tabNames.join(" ")).toEqual(expect.stringContaining("FilmPage"));
  expect(tabNames.join(" ")).toEqual(expect.stringContaining("NodeLookup"));
  await tabs.filter({ hasText: "FilmPage" }).first().click();
  await page.locator(".graphiql-execute-button").click();

  const result = page.locator(".graphiql-response");
  await result.getByText("Riz Ahmed").first().waitFor({ timeout: 30_000 });
  expect(await result.innerText()).toContain("Sound of Metal");

  const screenshot = path.join(os.tmpdir(), `film-graph-explorer-${process.pid}.png`);
  await page.screenshot({ path: screenshot });
  process.stderr.write(`[explorer] screenshot: ${screenshot}\n`);

  expect(pageErrors).toEqual([]);
  const outside = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:"));
  expect(outside).toEqual([]);
  expect(requests).toEqual(expect.arrayContaining([`${origin}/explorer-assets/graphiql.min.js`]));
});
