import path from "node:path";
import type { Database } from "../db/database";
import { reviewId } from "../graph/ids";
import { storeReview, storeReviews, type ReviewRecord } from "../graph/review-writes";
import { analysisPool } from "../ingest/analysis-pool";
import { readFilmContext } from "../ingest/film-context";
import { InvalidInputError, NotFoundError } from "../ingest/input-errors";
import { validateReview, type ValidReview } from "../ingest/review-input";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";
import { UsageError } from "./command-database";
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
}

export type FileOutcome =
  | { file: string; status: "stored" | "skipped"; reviewId: string }
  | { file: string; status: "refused"; reason: string };

/** The validation's field names are the API's (`input.text`); on the command line a file is the input. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).replace(/\binput\./g, "");

/** Reviews written per transaction by the folder ingest. */
export const INGEST_BATCH_SIZE = 50;

/**
 * The CLI's ingest path (also what the benchmark measures): reads the film's context once,
 * refuses invalid files, skips texts already stored (one read per batch), analyses the rest in
 * worker threads (src/ingest/analysis-pool.ts) and writes them INGEST_BATCH_SIZE to a write
 * transaction. When a batch's transaction fails, its files are written again one transaction
 * each, so a file that cannot be stored is refused alone, with the reason, and the others go on.
 * An unknown film is a UsageError before any work. Outcomes are in the order of `files`.
 */
export async function ingestFiles(db: Database, files: ReviewFile[], o: IngestFilesOptions): Promise<FileOutcome[]> {
  const context = await readFilmContext(db, o.filmId);
  if (!context) throw new UsageError(`unknown film "${o.filmId}": give a film id such as sound-of-metal-2019 (Film.id)`);
  const outcomes: FileOutcome[] = [];
  const pool = analysisPool(o.analyzer);
  const seen = new Set<string>();
  o.progress?.start(files.length);
  const settle = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    o.progress?.advance(1, `${outcome.status} ${path.basename(outcome.file)}`);
  };
  try {
    for (let from = 0; from < files.length; from += INGEST_BATCH_SIZE) {
      const batch = files.slice(from, from + INGEST_BATCH_SIZE);
      const pending: { file: ReviewFile; id: string; review: ValidReview }[] = [];
      const early = new Map<ReviewFile, FileOutcome>();
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
          pending.push({ file, id: reviewId(review.filmId, review.text), review });
        } catch (error) {
          early.set(file, refusal(file, error));
        }
      }
      const stored = new Set((await db.read("reviewsById", { ids: pending.map((p) => p.id) })).map((row) => row.id as string));
      const toWrite: { file: ReviewFile; id: string; record: Promise<ReviewRecord> }[] = [];
      for (const p of pending) {
        // A text met earlier in this run counts as stored: the same review, skipped.
        if (stored.has(p.id) || seen.has(p.id)) early.set(p.file, { file: p.file.path, status: "skipped", reviewId: p.id });
        else {
          seen.add(p.id);
          const record = pool.analyze({ text: p.review.text, context }).then((analysis) => ({
            ...p.review,
            analyzerVersion: o.analyzer.version,
            analysis,
            unresolved: analysis.unresolved,
            recommendations: analysis.recommendations,
          }));
          record.catch(() => {}); // awaited below; a failure is that file's refusal
          toWrite.push({ file: p.file, id: p.id, record });
        }
      }
      const written = await writeBatch(db, toWrite);
      for (const file of batch) settle(early.get(file) ?? written.get(file)!);
    }
  } finally {
    await pool.close();
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

/** One transaction for the batch; when it fails, one transaction per file, refusing the failing ones. */
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
