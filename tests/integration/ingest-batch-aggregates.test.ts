import { ingestFiles } from "../../src/cli/ingest-files";
import { Database, type Params, type Row, type WriteTransaction } from "../../src/db/database";
import type { StatementName } from "../../src/db/cypher-registry";
import { refreshFilmConsensus, refreshFilmReviewKeys, type Polarity } from "../../src/graph/review-writes";
import type { AnalysisResult, FilmContext } from "../../src/ingest/analysis-types";
import type { ReviewAnalyzer } from "../../src/ingest/review-analyzer";
import { addFilm, addReview, addThemes } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";

// The folder ingest writes a batch of new reviews in two statements (store-reviews.cypher, then
// apply-film-review-deltas.cypher once per film with the batch's summed delta). The film's
// maintained aggregates — review counters and sort keys, sentiment sums, the EXPLORES theme links,
// the JUDGED_ON tallies and quotes — must then equal a recount of its reviews, also when another
// writer stored one of the batch's texts meanwhile (the batch is then written again file by file).

const prefix = `Ingest Batch Aggregates ${Date.now()}`;
let db: Database;
beforeAll(() => {
  db = openTestDatabase(undefined, 30_000);
});
afterAll(() => db.driver.close());

const THEMES = ["Grief", "Memory", "Home"].map((t) => `${prefix} ${t}`);
const POLARITIES: Polarity[] = ["POSITIVE", "NEGATIVE", "MIXED", "NEUTRAL"];

/** Varied findings by the review's number (its text ends with it): sentiments with ties and nulls, themes, aspects, mentions. */
const analyzer: ReviewAnalyzer = {
  version: "test-batch-aggregates",
  analyze: (text: string, context: FilmContext): AnalysisResult => {
    const i = Number(/(\d+)$/.exec(text)![1]);
    const span = { evidence: text, start: 0, end: text.length };
    // The second judgement of an aspect starts elsewhere, as the analyzer's do (one per aspect and sentence): the
    // quotes' tie-break (sentiment, createdAt, review id, start) cannot order two judgements of one start.
    const half = { evidence: text.slice(5, 10), start: 5, end: 10 };
    const themes = context.themes.filter((t) => t.name.startsWith(prefix)).sort((a, b) => (a.id < b.id ? -1 : 1));
    const people = [...context.people].sort((a, b) => (a.id < b.id ? -1 : 1));
    return {
      sentiment: i % 7 === 6 ? null : [0.9, -0.6, 0.3, 0.3, -0.6, 0][i % 6]!,
      themes: themes.filter((_, k) => (i + k) % 2 === 0).map((t, k) => ({ ...span, themeId: t.id, salience: 0.25 + 0.25 * ((i + k) % 3) })),
      aspects: [
        { ...span, aspect: "performance", polarity: POLARITIES[i % 4]! },
        { ...half, aspect: "performance", polarity: "NEGATIVE" as Polarity },
        { ...span, aspect: "pacing", polarity: POLARITIES[(i + 1) % 2]! },
        { ...half, aspect: "music", polarity: "POSITIVE" as Polarity },
      ].filter((_, k) => (i + k) % 3 !== 0),
      mentions: [
        ...people.filter((_, k) => (i + k) % 3 === 0).map((p) => ({ ...span, targetType: "Person" as const, targetId: p.id, polarity: POLARITIES[i % 4]! })),
        ...context.roles.filter((_, k) => (i + k) % 4 === 1).map((r) => ({ ...half, targetType: "Role" as const, targetId: r.id, polarity: "POSITIVE" as Polarity })),
      ],
      sentences: [],
      unresolved: [],
      recommendations: [],
    };
  },
};

/** Every aggregate the review writes maintain on the film, as stored (floats rounded to 9 places). */
async function aggregates(filmId: string): Promise<unknown> {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film {id: $filmId})
     RETURN f {.reviewCount, .judgedReviewCount, .positiveReviewCount, .negativeReviewCount, .scoredReviewCount, .scoreSum,
               .sentimentCount, .sentimentSum, .sentimentSquareSum, .positiveShare, .meanScore, latestReviewAt: toString(f.latestReviewAt)} AS film,
       COLLECT { MATCH (f)-[e:EXPLORES {source: 'reviews'}]->(t:Theme) RETURN e {theme: t.id, .themeId, .salienceSum, .reviewCount, .weight} ORDER BY t.id } AS themes,
       COLLECT { MATCH (f)-[j:JUDGED_ON]->(a:Aspect) RETURN j {.*, aspect: a.id, praiseCreatedAt: toString(j.praiseCreatedAt), criticismCreatedAt: toString(j.criticismCreatedAt)} ORDER BY a.id } AS tallies`,
    { filmId },
    { database: db.name },
  );
  const round = (value: unknown): unknown =>
    typeof value === "number" ? Math.round(value * 1e9) / 1e9 : Array.isArray(value) ? value.map(round) : value && typeof value === "object" && !("low" in value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)])) : value;
  return round(records[0]!.toObject());
}

/** The same aggregates recounted whole from the film's reviews (the recounts of a film written before the counters existed). */
async function recounted(filmId: string): Promise<unknown> {
  await db.write(async (tx) => {
    await refreshFilmReviewKeys(tx, filmId);
    await tx.run("refreshFilmThemes", { filmId });
    await refreshFilmConsensus(tx, filmId);
  });
  return aggregates(filmId);
}

/** A Database that records the statements of each write transaction it runs. */
class RecordingDatabase extends Database {
  readonly writes: StatementName[][] = [];
  constructor(
    inner: Database,
    private readonly beforeWrite?: (tx: WriteTransaction) => Promise<void>,
  ) {
    super(inner.driver, inner.name, inner.cypher, inner.timeouts);
  }
  override write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const statements: StatementName[] = [];
    this.writes.push(statements);
    return super.write(async (tx) => {
      const recording: WriteTransaction = {
        run: (name: StatementName, params?: Params): Promise<Row[]> => {
          statements.push(name);
          return tx.run(name, params);
        },
      };
      return work(recording);
    });
  }
}

const filesFor = (name: string, n: number) => Array.from({ length: n }, (_, i) => ({ path: `/${name}/${String(i).padStart(3, "0")}.txt`, text: `${prefix} ${name} review ${i}` }));

async function filmWithCast(title: string): Promise<string> {
  return addFilm(db, {
    title: `${prefix} ${title}`,
    year: 2015,
    directors: [`${prefix} ${title} Director`],
    cast: [1, 2, 3, 4].map((k) => ({ person: `${prefix} ${title} Actor ${k}`, character: `${prefix} ${title} Part ${k}` })),
  });
}

beforeAll(() => addThemes(db, THEMES), 60_000);

it("runs two statements per batch whatever its size, and leaves aggregates equal to a recount", async () => {
  const filmId = await filmWithCast("Batched");
  await addReview(db, { filmId, text: `${prefix} stored before`, sentiment: 0.95, score: 80, aspects: [["performance", "POSITIVE"]] });
  const files = filesFor("batched", 47);
  const recording = new RecordingDatabase(db);
  const outcomes = await ingestFiles(recording, files, { filmId, analyzer, batchSize: 20 });
  expect(outcomes.map((o) => o.status)).toEqual(files.map(() => "stored"));
  // Batches of 20, 20 and 7: each one write transaction of the same two statements.
  expect(recording.writes).toEqual([0, 1, 2].map(() => ["storeReviews", "applyFilmReviewDeltas"]));

  const stored = await aggregates(filmId);
  expect(stored).toMatchObject({ film: { reviewCount: 48 } });
  expect(await recounted(filmId)).toEqual(stored);

  // A second run changes nothing: every file is skipped, nothing is written.
  const again = new RecordingDatabase(db);
  expect((await ingestFiles(again, files, { filmId, analyzer, batchSize: 20 })).map((o) => o.status)).toEqual(files.map(() => "skipped"));
  expect(again.writes).toEqual([]);
  expect(await aggregates(filmId)).toEqual(stored);
}, 180_000);

it("equals a recount when another writer stored one of the batch's texts meanwhile: the batch is written again file by file", async () => {
  const filmId = await filmWithCast("Meanwhile");
  const files = filesFor("meanwhile", 30);
  let raced = false;
  // Just before the batch's write, another writer stores file 7's text (with another analysis).
  const racing = new (class extends RecordingDatabase {
    override async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
      if (!raced) {
        raced = true;
        await addReview(db, { filmId, text: files[7]!.text, sentiment: -0.9, aspects: [["music", "NEGATIVE"]] });
      }
      return super.write(work);
    }
  })(db);
  const outcomes = await ingestFiles(racing, files, { filmId, analyzer, batchSize: 30 });
  expect(outcomes.map((o) => o.status)).toEqual(files.map(() => "stored"));
  // The batch failed on the review stored meanwhile (nothing of it stayed), then each file was
  // written alone, the one stored meanwhile replaced by this analysis.
  expect(racing.writes[0]).toEqual(["storeReviews"]);
  expect(racing.writes.slice(1)).toEqual(files.map(() => ["lockFilm", "reviewContributions", "storeReview", "applyFilmReviewDeltas"]));

  const stored = await aggregates(filmId);
  expect(stored).toMatchObject({ film: { reviewCount: 30 } });
  expect(await recounted(filmId)).toEqual(stored);
}, 180_000);
