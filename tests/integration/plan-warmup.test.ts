import pino from "pino";
import type { Database } from "../../src/db/database";
import { allFilmsPageStatements, filmPageStatements } from "../../src/graphql/film-page-statements";
import { warmPlans, warmupSteps } from "../../src/graphql/plan-warmup";
import { openTestDatabase } from "../support/test-database";
import { startTestServer } from "../support/test-server";

// The plan warm-up at start (src/graphql/plan-warmup.ts): /ready waits for it, it compiles every
// statement a films, people-by-name or themes-by-name page can pick (first and next pages: their
// plans differ), and it is bounded.

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.driver.close();
});

const silent = pino({ level: "silent" });

it("/ready answers 503 'warming up' until the warm-up settles, then 200", async () => {
  let finish!: () => void;
  const warmup = new Promise<void>((resolve) => (finish = resolve));
  const server = await startTestServer(db, { warmup });
  try {
    const before = await fetch(`http://127.0.0.1:${server.port}/ready`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ ready: false, status: "warming up" });
    // The API answers meanwhile.
    expect((await server.query("{ __typename }")).status).toBe(200);
    finish();
    await warmup;
    const after = await fetch(`http://127.0.0.1:${server.port}/ready`);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ ready: true, status: "ready" });
  } finally {
    await server.close();
  }
});

it("covers every films page statement, and the people and themes name pages, each as a first and a next page", () => {
  const steps = warmupSteps();
  const pageStatements = [...Object.values(filmPageStatements), ...Object.values(allFilmsPageStatements), "peopleByName", "themesByName"];
  for (const statement of pageStatements) {
    const afters = steps.filter((s) => s.statement === statement).map((s) => (s.params.after === null ? "first" : "next"));
    expect({ statement, afters: afters.sort() }).toEqual({ statement, afters: ["first", "next"] });
  }
  expect(steps.map((s) => s.statement)).toEqual(expect.arrayContaining(["filmByTitle", "reviewsByFilm"]));
  // The index-backed reads of a theme's films and of a film's similar films, from either statement.
  expect(steps.map((s) => s.statement)).toEqual(expect.arrayContaining(["themeByName", "filmsByTheme", "similarFilms"]));
});

it("covers the statements of a review write and delete, the writes in write transactions", () => {
  const writes = warmupSteps().filter((s) => s.write).map((s) => s.statement);
  expect(writes).toEqual(
    expect.arrayContaining(["lockFilm", "reviewContributions", "storeReview", "applyFilmReviewDeltas", "refreshFilmReviewStats", "refreshFilmThemes", "lockFilmOfReview", "deleteReview"]),
  );
  expect(warmupSteps().map((s) => s.statement)).toEqual(expect.arrayContaining(["reviewsById", "filmContext"]));
});

it("writes nothing: its write steps match no node", async () => {
  const session = db.driver.session({ database: db.name });
  try {
    for (const step of warmupSteps().filter((s) => s.write)) {
      const result = await session.executeWrite((tx) => tx.run(db.cypher.get(step.statement).text, step.params));
      expect({ statement: step.statement, updates: result.summary.counters.containsUpdates() }).toEqual({ statement: step.statement, updates: false });
    }
  } finally {
    await session.close();
  }
});

it("runs every step against the database without a failure", async () => {
  const report = await warmPlans(db, silent, 600_000);
  expect(report.failed).toEqual([]);
  expect(report).toMatchObject({ warmed: warmupSteps().length, complete: true });
}, 660_000);

it("stops at its budget and says so, without failing", async () => {
  const lines: { level: number; msg: string }[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const report = await warmPlans(db, logger, 0);
  expect(report).toMatchObject({ warmed: 0, complete: false, failed: [] });
  expect(lines.at(-1)).toMatchObject({ level: 40, msg: expect.stringContaining("budget of 0 s spent") });
});
