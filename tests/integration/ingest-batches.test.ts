import { ingestFiles } from "../../src/cli/ingest-files";
import { ingestReview } from "../../src/ingest/ingest-review";
import { Database } from "../../src/db/database";
import type { AnalysisResult } from "../../src/ingest/analysis-types";
import type { ReviewAnalyzer } from "../../src/ingest/review-analyzer";
import { addFilm, addReview } from "../support/catalog-fixtures";
import { failingAnalyzer } from "../support/failing-analyzer";
import { ingestWarmupSteps, warmIngestPlans } from "../../src/cli/ingest-plan-warmup";
import { countingUpdates, openTestDatabase } from "../support/test-database";

// The folder ingest writes many reviews per transaction, yet keeps the per-file rules: a file
// that cannot be stored is refused alone (its batch is written again file by file), a text
// already stored is skipped, and running it again changes nothing.

const prefix = `Ingest Batches ${Date.now()}`;
/** Smaller batches than the CLI's (INGEST_BATCH_SIZE), so that a few files make several. */
const batchSize = 50;
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
  const count = 2 * batchSize + 7; // three batches
  const files = Array.from({ length: count }, (_, i) => ({ path: `/reviews/${String(i).padStart(3, "0")}.txt`, text: `${prefix} review ${i}, ${i % 3 ? "good" : "bad"}` }));
  files[5] = { path: files[5]!.path, text: "   " }; // invalid: blank
  files[60] = { path: files[60]!.path, text: `${prefix} review 60 BROKEN` }; // its write fails
  files[61] = { path: files[61]!.path, text: already }; // stored before this run
  files[99] = { path: files[99]!.path, text: files[98]!.text }; // the same text twice in the run

  const outcomes = await ingestFiles(db, files, { filmId, analyzer, batchSize });
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

  const again = await ingestFiles(db, files, { filmId, analyzer, batchSize });
  expect(again.filter((o) => o.status === "stored")).toHaveLength(0);
  expect(again.filter((o) => o.status === "refused").map((o) => o.file)).toEqual([files[5]!.path, files[60]!.path]);
  // The first ingest against a fresh Neo4j compiles the ingest's plans (seconds each on a loaded machine).
}, 240_000);

it("stores a review as the single ingest does: rating and score, caption, temporal dates, language", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Same Shape`, year: 2011 });
  const common = { author: "A. Critic", source: "The Paper", publishedAt: "2024-05-01", url: "https://example.com/r", rating: "3/4" };
  const [batched] = await ingestFiles(db, [{ path: "/reviews/one.txt", text: `${prefix} batched, good` }], { filmId, analyzer, ...common });
  const single = await ingestReview(db, analyzer, { filmId, text: `${prefix} single, good`, ...common });
  expect(batched).toMatchObject({ status: "stored" });
  const { records } = await db.driver.executeQuery(
    `UNWIND $ids AS id MATCH (r:Review {id: id})
     RETURN id, [k IN keys(r) WHERE k <> 'text' AND k <> 'id' | [k, valueType(r[k])]] AS types,
            r {.rating, .score, .caption, .author, .source, .url, .language, publishedAt: toString(r.publishedAt), datedAt: toString(r.datedAt)} AS values`,
    { ids: [(batched as { reviewId: string }).reviewId, single.reviewId] },
    { database: db.name },
  );
  const [a, b] = records.map((r) => ({ types: (r.get("types") as string[][]).sort(), values: r.get("values") as Record<string, unknown> }));
  expect(a!.types).toEqual(b!.types);
  expect(a!.values).toEqual(b!.values);
  expect(a!.values).toMatchObject({ rating: "3/4", score: 75, caption: `A. Critic on ${prefix} Same Shape`, publishedAt: "2024-05-01", datedAt: "2024-05-01T00:00:00Z" });
  expect(Object.fromEntries(a!.types)).toMatchObject({ createdAt: "ZONED DATETIME NOT NULL", publishedAt: "DATE NOT NULL" });
});

it("with the analysis in worker threads: a failed analysis or write refuses its file alone, with the reason, and a second run changes nothing", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Pooled`, year: 2012 });
  const count = batchSize + 9; // two batches
  const files = Array.from({ length: count }, (_, i) => ({ path: `/pooled/${String(i).padStart(3, "0")}.txt`, text: `${prefix} pooled review ${i}.` }));
  files[3] = { path: files[3]!.path, text: `${prefix} pooled review 3 THROW` }; // the analysis throws
  files[52] = { path: files[52]!.path, text: `${prefix} pooled review 52 CRASH` }; // its worker thread dies
  files[55] = { path: files[55]!.path, text: `${prefix} pooled review 55 BROKEN` }; // its write fails

  const graphState = async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (f:Film {id: $filmId})
       RETURN f.reviewCount AS n, [(f)<-[:REVIEWS]-(r:Review) | r.id + ' ' + r.analyzerVersion + ' ' + toString(r.createdAt)] AS reviews,
              COUNT { (f)<-[:REVIEWS]-(:Review)-[:DISCUSSES|MENTIONS|JUDGES]->() } AS links`,
      { filmId },
      { database: db.name },
    );
    return { n: records[0]!.get("n"), reviews: (records[0]!.get("reviews") as string[]).sort(), links: records[0]!.get("links") };
  };

  const outcomes = await ingestFiles(db, files, { filmId, analyzer: failingAnalyzer, batchSize });
  expect(outcomes.map((o) => o.file)).toEqual(files.map((f) => f.path));
  const refused = outcomes.filter((o) => o.status === "refused");
  expect(refused).toEqual([
    { file: files[3]!.path, status: "refused", reason: expect.stringMatching(/^failed: the analysis failed: cannot read this review/) },
    { file: files[52]!.path, status: "refused", reason: expect.stringMatching(/^failed: the analysis failed: .*exit/i) },
    { file: files[55]!.path, status: "refused", reason: expect.stringContaining("a target is missing from the graph") },
  ]);
  expect(outcomes.filter((o) => o.status === "stored")).toHaveLength(count - 3);
  const after = await graphState();
  expect(after.n).toBe(count - 3);
  expect(after.reviews).toHaveLength(count - 3);

  const again = await ingestFiles(db, files, { filmId, analyzer: failingAnalyzer, batchSize });
  expect(again.filter((o) => o.status === "stored")).toHaveLength(0);
  expect(again.filter((o) => o.status === "skipped")).toHaveLength(count - 3);
  expect(again.filter((o) => o.status === "refused").map((o) => o.file)).toEqual([files[3]!.path, files[52]!.path, files[55]!.path]);
  expect(await graphState()).toEqual(after);
}, 180_000);

it("compiles the plans of every statement a batch runs, the batched store included, and writes nothing", async () => {
  const statements = ingestWarmupSteps().map((s) => s.statement);
  expect(statements).toEqual(expect.arrayContaining(["filmContext", "reviewsById", "lockFilm", "reviewContributions", "storeReviews", "applyFilmReviewDeltas", "storeReview"]));
  // Every statement's own update counters (other test files write to the database meanwhile, so a
  // count of the whole graph before and after could not tell).
  const updated: boolean[] = [];
  const report = await warmIngestPlans(new Database(countingUpdates(db.driver, updated), db.name, db.cypher));
  expect(report).toMatchObject({ warmed: statements.length, failed: [], complete: true });
  expect(updated).toHaveLength(ingestWarmupSteps().filter((s) => s.write).length);
  expect(updated.filter(Boolean)).toEqual([]);
}, 180_000);
