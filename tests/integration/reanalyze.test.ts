import path from "node:path";
import type { Database } from "../../src/db/database";
import { upsertFilm } from "../../src/graph/catalog-writes";
import { ANALYZER_VERSION } from "../../src/ingest/analysis/analyze-review";
import { defaultAnalyzer } from "../../src/ingest/default-analyzer";
import { ingestReview } from "../../src/ingest/ingest-review";
import { reanalyzeReviews } from "../../src/ingest/reanalyze";
import { exactMatchAnalyzer } from "../support/exact-match-analyzer";
import { cleanEnv, runScript } from "../support/run-cli";
import { openTestDatabase } from "../support/test-database";

// `film-graph reanalyze`: a graph whose reviews an earlier analyzer read (here the write path's
// exact-match double, under its own version, as a database built by the current release holds
// them: no language, no score) is re-read by the current analyzer, links replaced, idempotently.
jest.setTimeout(120_000);

const stamp = Date.now();
let db: Database;
let filmId: string;
let otherFilmId: string;

const REVIEW =
  "Harriet Vale is sensational as Mira, and the cinematography is gorgeous. The middle section drags. " +
  "Even so, the film never stops being gripping, and it is open-captioned throughout.";

interface LinkRow {
  review: string;
  version: string;
  type: string;
}
async function links(film: string): Promise<LinkRow[]> {
  const { records } = await db.driver.executeQuery(
    "MATCH (r:Review)-[:REVIEWS]->(:Film {id: $film}) MATCH (r)-[l:MENTIONS|DISCUSSES|JUDGES]->(t) " +
      "RETURN r.id AS review, l.analyzerVersion AS version, type(l) + ':' + coalesce(t.name, '') + ':' + coalesce(l.polarity, '') AS type ORDER BY type",
    { film },
    { database: db.name },
  );
  return records.map((r) => r.toObject() as LinkRow);
}

beforeAll(async () => {
  db = openTestDatabase();
  filmId = await db.write((tx) =>
    upsertFilm(tx, { title: `Reanalysis Film ${stamp}`, year: 2021, directors: ["Owen Marsh"], cast: [{ person: "Harriet Vale", character: "Mira" }] }),
  );
  otherFilmId = await db.write((tx) => upsertFilm(tx, { title: `Untouched Film ${stamp}`, year: 2021 }));
  await ingestReview(db, exactMatchAnalyzer, { filmId, text: REVIEW, author: "A. Critic", rating: "3.5/4" });
  await ingestReview(db, exactMatchAnalyzer, { filmId, text: "Mira is the lighthouse keeper's daughter." });
  await ingestReview(db, exactMatchAnalyzer, { filmId: otherFilmId, text: "A quiet film." });
});
afterAll(async () => {
  await db.driver.close();
});

it("re-reads one film's reviews with the current analyzer, in batches with progress, and replaces their links", async () => {
  const before = await links(filmId);
  expect(new Set(before.map((l) => l.version))).toEqual(new Set([exactMatchAnalyzer.version]));
  const otherBefore = await links(otherFilmId);

  const steps: number[] = [];
  const summary = await reanalyzeReviews(db, defaultAnalyzer, {
    filmId,
    batchSize: 1,
    progress: { start: (n) => steps.push(-n), advance: (by) => steps.push(by), stop: () => undefined },
  });
  expect(summary).toEqual({ reviews: 2, films: 1, analyzerVersion: ANALYZER_VERSION });
  expect(steps).toEqual([-2, 1, 1]);

  const after = await links(filmId);
  expect(new Set(after.map((l) => l.version))).toEqual(new Set([ANALYZER_VERSION]));
  const kinds = after.map((l) => l.type);
  expect(kinds).toEqual(
    expect.arrayContaining(["JUDGES:performance:POSITIVE", "JUDGES:cinematography:POSITIVE", "JUDGES:pacing:NEGATIVE", "JUDGES:accessibility:POSITIVE"]),
  );
  // The client's part is kept; what the analysis derives is new.
  const { records } = await db.driver.executeQuery(
    "MATCH (r:Review)-[:REVIEWS]->(:Film {id: $film}) WHERE r.author = 'A. Critic' RETURN r.rating AS rating, r.score AS score, r.sentiment AS sentiment, r.language AS language",
    { film: filmId },
    { database: db.name },
  );
  expect(records[0]!.toObject()).toMatchObject({ rating: "3.5/4", language: "en" });
  expect(Number(records[0]!.get("score"))).toBe(88);
  expect(records[0]!.get("sentiment")).toBeGreaterThan(0);
  // Another film's reviews are left as they were.
  expect(await links(otherFilmId)).toEqual(otherBefore);

  // Idempotent: a second run changes nothing.
  await reanalyzeReviews(db, defaultAnalyzer, { filmId });
  expect(await links(filmId)).toEqual(after);
});

it("film-graph reanalyze runs it from the command line and refuses a bad batch size", async () => {
  const env = cleanEnv({
    NEO4J_URI: process.env.TEST_NEO4J_URI ?? "",
    NEO4J_USERNAME: "neo4j",
    NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? "",
    STATE_DIR: path.join(process.cwd(), ".local", `state-${stamp}`),
  });
  const run = await runScript("src/cli.ts", ["reanalyze", "--film", `Film:${otherFilmId}`], env);
  expect(run.stderr).toContain("reanalysing: 1/1 reviews");
  expect(run.stdout).toBe(`Re-analysed 1 reviews of 1 films with ${ANALYZER_VERSION}.\n`);
  expect(run.code).toBe(0);
  const { records } = await db.driver.executeQuery(
    "MATCH (r:Review)-[:REVIEWS]->(:Film {id: $film}) RETURN r.analyzerVersion AS version",
    { film: otherFilmId },
    { database: db.name },
  );
  expect(records.map((r) => r.get("version"))).toEqual([ANALYZER_VERSION]);

  const bad = await runScript("src/cli.ts", ["reanalyze", "--batch-size", "0"], env);
  expect(bad.code).not.toBe(0);
  expect(bad.stderr).toMatch(/--batch-size needs a whole number/);
});
