import { ingestFiles, INGEST_BATCH_SIZE } from "../../src/cli/ingest-files";
import type { Database } from "../../src/db/database";
import type { AnalysisResult } from "../../src/ingest/analysis-types";
import type { ReviewAnalyzer } from "../../src/ingest/review-analyzer";
import { addFilm, addReview } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";

// The folder ingest writes many reviews per transaction, yet keeps the per-file rules: a file
// that cannot be stored is refused alone (its batch is written again file by file), a text
// already stored is skipped, and running it again changes nothing.

const prefix = `Ingest Batches ${Date.now()}`;
let db: Database;
beforeAll(() => {
  db = openTestDatabase(undefined, 30_000);
});
afterAll(() => db.driver.close());

/** Links a theme that does not exist for texts containing BROKEN: the write of that review fails. */
const analyzer: ReviewAnalyzer = {
  version: "test-batches",
  analyze: (text): AnalysisResult => ({
    sentiment: text.includes("good") ? 0.6 : -0.4,
    mentions: [],
    themes: text.includes("BROKEN") ? [{ themeId: `${prefix}-no-such-theme`, salience: 1, evidence: text, start: 0, end: text.length }] : [],
    aspects: [],
    sentences: [],
    unresolved: [],
    recommendations: [],
  }),
};

it("refuses a failing file alone, skips stored texts, and is idempotent", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Film`, year: 2010 });
  const already = `${prefix} review stored before, good`;
  await addReview(db, { filmId, text: already, sentiment: 0.6 });
  const count = 2 * INGEST_BATCH_SIZE + 7; // three batches
  const files = Array.from({ length: count }, (_, i) => ({ path: `/reviews/${String(i).padStart(3, "0")}.txt`, text: `${prefix} review ${i}, ${i % 3 ? "good" : "bad"}` }));
  files[5] = { path: files[5]!.path, text: "   " }; // invalid: blank
  files[60] = { path: files[60]!.path, text: `${prefix} review 60 BROKEN` }; // its write fails
  files[61] = { path: files[61]!.path, text: already }; // stored before this run
  files[99] = { path: files[99]!.path, text: files[98]!.text }; // the same text twice in the run

  const outcomes = await ingestFiles(db, files, { filmId, analyzer });
  expect(outcomes.map((o) => o.file)).toEqual(files.map((f) => f.path));
  const status = (i: number) => outcomes[i]!.status;
  expect(status(5)).toBe("refused");
  expect(status(60)).toBe("refused");
  expect(outcomes[60]).toMatchObject({ reason: expect.stringContaining("a target is missing from the graph") });
  expect(status(61)).toBe("skipped");
  expect(status(99)).toBe("skipped");
  const stored = outcomes.filter((o) => o.status === "stored");
  expect(stored).toHaveLength(count - 4);

  // Everything stored is in the graph, and the film's maintained keys count it.
  const { records } = await db.driver.executeQuery(
    "MATCH (f:Film {id: $filmId}) RETURN f.reviewCount AS n, COUNT { (f)<-[:REVIEWS]-(:Review) } AS recount",
    { filmId },
    { database: db.name },
  );
  expect(records[0]!.get("recount")).toBe(count - 4 + 1);
  expect(records[0]!.get("n")).toBe(count - 4 + 1);

  const again = await ingestFiles(db, files, { filmId, analyzer });
  expect(again.filter((o) => o.status === "stored")).toHaveLength(0);
  expect(again.filter((o) => o.status === "refused").map((o) => o.file)).toEqual([files[5]!.path, files[60]!.path]);
}, 120_000);
