import path from "node:path";
import type { Database } from "../db/database";
import { reviewId } from "../graph/ids";
import { storeReview, storeReviews, type ReviewRecord } from "../graph/review-writes";
import { analysisPool, analysisThreadsFor, type AnalysisPool } from "../ingest/analysis-pool";
import type { FilmContext } from "../ingest/analysis-types";
import { readFilmContext } from "../ingest/film-context";
import { InvalidInputError, NotFoundError } from "../ingest/input-errors";
import { validateReview, type ValidReview } from "../ingest/review-input";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";
import { UsageError } from "./command-database";
import { warmIngestPlans } from "./ingest-plan-warmup";
import type { Progress } from "./progress";
import type { ReviewFile } from "./review-files";

export interface IngestFilesOptions {
  /** The film's key (`sound-of-metal-2019`). */
  filmId: string;
  author?: string;
  source?: string;
  publishedAt?: string;
  /** The critic's rating as written ("3.5/4", "B+"), for every file. */
  rating?: string;
  url?: string;
  analyzer: ReviewAnalyzer;
  progress?: Progress;
  /** Reviews written per transaction; default INGEST_BATCH_SIZE. */
  batchSize?: number;
  /** Analysis worker threads; default analysisThreadsFor(the number of files) (src/ingest/analysis-pool.ts). */
  analysisThreads?: number;
  /**
   * The analysis pool, started by the caller (and closed by it) before it opened the database, so
   * that the workers load the analyzer meanwhile (ingestAnalysisPool); default: one started here.
   */
  pool?: AnalysisPool;
}

/** The analysis pool for ingesting `files` with `analyzer`: analysisThreadsFor(the number of files) worker threads, or `threads`. */
export const ingestAnalysisPool = (analyzer: ReviewAnalyzer, files: ReviewFile[], threads?: number): AnalysisPool =>
  analysisPool(analyzer, threads ?? analysisThreadsFor(files.length));

export type FileOutcome =
  | { file: string; status: "stored" | "skipped"; reviewId: string }
  | { file: string; status: "refused"; reason: string };

/** The validation's field names are the API's (`input.text`); on the command line a file is the input. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\binput\./g, "");

/**
 * Reviews written per transaction by the folder ingest. A batch cost Neo4j a fixed ~30 ms of CPU
 * (statements, commit) besides ~1.1 ms per review, measured: at 50 the fixed part was about a third
 * of the write's CPU, at 200 about a tenth (docs/ingest-throughput.md).
 */
export const INGEST_BATCH_SIZE = 200;

/**
 * Batches prepared ahead of the one being written (validated, checked against the graph, their
 * analyses running in the pool), so that the workers analyse while the database writes.
 */
export const INGEST_LOOKAHEAD_BATCHES = 2;

interface PreparedBatch {
  files: ReviewFile[];
  /** Files settled before the write: refused as invalid, skipped as already stored. */
  early: Map<ReviewFile, FileOutcome>;
  toWrite: { file: ReviewFile; id: string; record: Promise<ReviewRecord> }[];
}

/**
 * The CLI's ingest path (also what the benchmark measures). Starts the analysis workers
 * (src/ingest/analysis-pool.ts) unless given `o.pool`, compiles the ingest's plans (src/cli/ingest-plan-warmup.ts) and
 * reads the film's context once; then, batch by batch in the order of `files`: refuses invalid
 * files, skips texts already stored (one read per batch) or met earlier in the run, analyses the
 * rest in the worker threads and writes them `batchSize` (INGEST_BATCH_SIZE) to a write transaction, the next
 * INGEST_LOOKAHEAD_BATCHES batches being analysed meanwhile. When a batch's transaction fails, its
 * files are written again one transaction each, so a file that cannot be stored (or whose analysis
 * failed) is refused alone, with the reason, and the others go on; a failed transaction leaves
 * nothing behind. An unknown film is a UsageError before any file is analysed or written. Outcomes
 * are in the order of `files`.
 */
export async function ingestFiles(db: Database, files: ReviewFile[], o: IngestFilesOptions): Promise<FileOutcome[]> {
  const pool = o.pool ?? ingestAnalysisPool(o.analyzer, files, o.analysisThreads);
  try {
    await warmIngestPlans(db);
    const context = await readFilmContext(db, o.filmId);
    if (!context) throw new UsageError(`unknown film "${o.filmId}": give a film id such as sound-of-metal-2019 (Film.id)`);
    return await ingestBatches(db, files, o, context, pool);
  } finally {
    if (!o.pool) await pool.close();
  }
}

async function ingestBatches(db: Database, files: ReviewFile[], o: IngestFilesOptions, context: FilmContext, pool: AnalysisPool): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const seen = new Set<string>();
  const prepare = async (batch: ReviewFile[]): Promise<PreparedBatch> => {
    const pending: { file: ReviewFile; id: string; review: ValidReview; again: boolean }[] = [];
    const early = new Map<ReviewFile, FileOutcome>();
    // Synchronous up to the read, so that batches claim their texts in the order of the files.
    for (const file of batch) {
      try {
        const review = validateReview({
          filmId: o.filmId,
          text: file.text,
          author: o.author,
          source: o.source,
          publishedAt: o.publishedAt,
          url: o.url,
          rating: o.rating,
        });
        const id = reviewId(review.filmId, review.text);
        pending.push({ file, id, review, again: seen.has(id) });
        seen.add(id);
      } catch (error) {
        early.set(file, refusal(file, error));
      }
    }
    const stored = new Set((await db.read("reviewsById", { ids: pending.map((p) => p.id) })).map((row) => row.id as string));
    const toWrite: PreparedBatch["toWrite"] = [];
    for (const p of pending) {
      // A text met earlier in this run counts as stored: the same review, skipped.
      if (stored.has(p.id) || p.again) early.set(p.file, { file: p.file.path, status: "skipped", reviewId: p.id });
      else {
        const record = pool.analyze({ text: p.review.text, context }).then((analysis) => ({
          ...p.review,
          analyzerVersion: o.analyzer.version,
          analysis,
          unresolved: analysis.unresolved,
          recommendations: analysis.recommendations,
        }));
        record.catch(() => {}); // awaited by writeBatch; a failure is that file's refusal
        toWrite.push({ file: p.file, id: p.id, record });
      }
    }
    return { files: batch, early, toWrite };
  };

  const batches: ReviewFile[][] = [];
  const size = o.batchSize ?? INGEST_BATCH_SIZE;
  for (let from = 0; from < files.length; from += size) batches.push(files.slice(from, from + size));
  const ahead: Promise<PreparedBatch>[] = [];
  let next = 0;
  const prepareAhead = () => {
    while (ahead.length < INGEST_LOOKAHEAD_BATCHES && next < batches.length) {
      const prepared = prepare(batches[next++]!);
      prepared.catch(() => {}); // awaited in turn below; a failed read ends the ingest there
      ahead.push(prepared);
    }
  };
  o.progress?.start(files.length);
  try {
    prepareAhead();
    while (ahead.length > 0) {
      const batch = await ahead.shift()!;
      prepareAhead();
      const written = await writeBatch(db, batch.toWrite);
      for (const file of batch.files) {
        const outcome = batch.early.get(file) ?? written.get(file)!;
        outcomes.push(outcome);
        o.progress?.advance(1, `${outcome.status} ${path.basename(outcome.file)}`);
      }
    }
  } finally {
    o.progress?.stop();
  }
  return outcomes;
}

function refusal(file: ReviewFile, error: unknown): FileOutcome {
  // Bad input is the file's fault; anything else (the analysis failed, a write was refused) too,
  // as far as this file goes: say why and carry on with the next one.
  const known = error instanceof InvalidInputError || error instanceof NotFoundError;
  return { file: file.path, status: "refused", reason: known ? reasonOf(error) : `failed: ${reasonOf(error)}` };
}

/**
 * One transaction for the batch (storeReviews: new reviews only); when it fails (a file that cannot
 * be stored, or a review stored meanwhile by another writer), one transaction per file with
 * storeReview, refusing the failing ones.
 */
async function writeBatch(
  db: Database,
  batch: { file: ReviewFile; id: string; record: Promise<ReviewRecord> }[],
): Promise<Map<ReviewFile, FileOutcome>> {
  const outcomes = new Map<ReviewFile, FileOutcome>();
  const ready: { file: ReviewFile; id: string; record: ReviewRecord }[] = [];
  for (const item of batch) {
    try {
      ready.push({ ...item, record: await item.record });
    } catch (error) {
      outcomes.set(item.file, refusal(item.file, error));
    }
  }
  const stored = (file: ReviewFile, id: string): FileOutcome => ({ file: file.path, status: "stored", reviewId: id });
  if (ready.length === 0) return outcomes;
  try {
    await db.write((tx) => storeReviews(tx, ready.map((r) => r.record)));
    for (const r of ready) outcomes.set(r.file, stored(r.file, r.id));
  } catch {
    for (const r of ready) {
      try {
        await db.write((tx) => storeReview(tx, r.record));
        outcomes.set(r.file, stored(r.file, r.id));
      } catch (error) {
        outcomes.set(r.file, refusal(r.file, error));
      }
    }
  }
  return outcomes;
}

/** What was stored, skipped as already present, and refused with the reason. */
export function formatSummary(outcomes: FileOutcome[]): string {
  const count = (status: FileOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  const lines = [
    `${outcomes.length} file(s): ${count("stored")} stored, ${count("skipped")} skipped (already present), ${count("refused")} refused.`,
  ];
  for (const o of outcomes) {
    if (o.status === "refused") lines.push(`  refused  ${o.file}: ${o.reason}`);
    else if (o.status === "stored") lines.push(`  stored   ${o.file} -> Review:${o.reviewId}`);
    else lines.push(`  skipped  ${o.file} (already present: Review:${o.reviewId})`);
  }
  return `${lines.join("\n")}\n`;
}
