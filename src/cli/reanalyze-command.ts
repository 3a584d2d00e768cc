import type { Command } from "commander";
import { reanalyzeReviews } from "../ingest/reanalyze";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";
import { UsageError, withDatabase } from "./command-database";
import { filmKey } from "./film-key";
import { progressOnStderr } from "./progress";

interface ReanalyzeFlags {
  film?: string;
  batchSize: string;
}

export function registerReanalyzeCommand(program: Command, analyzer: ReviewAnalyzer): void {
  program
    .command("reanalyze")
    .description("re-run the current review analysis over stored reviews and replace the links derived from them")
    .option("--film <id>", "only this film's reviews (sound-of-metal-2019 or Film:sound-of-metal-2019)")
    .option("--batch-size <n>", "reviews per write transaction", "50")
    .addHelpText(
      "after",
      "\nEach link then carries the current analyzerVersion. Safe to run again (idempotent); progress goes to stderr.",
    )
    .action(async (flags: ReanalyzeFlags) => {
      const batchSize = Number(flags.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size needs a whole number from 1, got "${flags.batchSize}"`);
      const filmId = flags.film === undefined ? undefined : filmKey(flags.film);
      const summary = await withDatabase((db) =>
        reanalyzeReviews(db, analyzer, { filmId, batchSize, progress: progressOnStderr("reanalysing", "reviews") }),
      );
      process.stdout.write(`Re-analysed ${summary.reviews} reviews of ${summary.films} films with ${summary.analyzerVersion}.\n`);
    });
}
