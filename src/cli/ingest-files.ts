import path from "node:path";
import type { Database } from "../db/database";
import { readFilmContext } from "../ingest/film-context";
import { ingestReview } from "../ingest/ingest-review";
import { InvalidInputError, NotFoundError } from "../ingest/input-errors";
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

/**
 * The CLI's ingest path (also what the benchmark measures): reads the film's context once, then
 * ingests file after file, each in its own write transaction. A file that cannot be stored is
 * refused with the reason and the others go on. An unknown film is a UsageError before any work.
 */
export async function ingestFiles(db: Database, files: ReviewFile[], o: IngestFilesOptions): Promise<FileOutcome[]> {
  const context = await readFilmContext(db, o.filmId);
  if (!context) throw new UsageError(`unknown film "${o.filmId}": give a film id such as sound-of-metal-2019 (Film.id)`);
  const outcomes: FileOutcome[] = [];
  o.progress?.start(files.length);
  for (const file of files) {
    const name = path.basename(file.path);
    let outcome: FileOutcome;
    try {
      const { reviewId, created } = await ingestReview(
        db,
        o.analyzer,
        { filmId: o.filmId, text: file.text, author: o.author, source: o.source, publishedAt: o.publishedAt, url: o.url, rating: o.rating },
        { context },
      );
      outcome = { file: file.path, status: created ? "stored" : "skipped", reviewId };
    } catch (error) {
      // Bad input is the file's fault; anything else (the analysis failed, a write was refused) too,
      // as far as this file goes: say why and carry on with the next one.
      const known = error instanceof InvalidInputError || error instanceof NotFoundError;
      outcome = { file: file.path, status: "refused", reason: known ? reasonOf(error) : `failed: ${reasonOf(error)}` };
    }
    outcomes.push(outcome);
    o.progress?.advance(1, `${outcome.status} ${name}`);
  }
  o.progress?.stop();
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
