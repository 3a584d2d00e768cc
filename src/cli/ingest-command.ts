import type { Command } from "commander";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";
import { scoreOfRating } from "../ingest/rating";
import { UsageError, withDatabase } from "./command-database";
import { filmKey } from "./film-key";
import { formatSummary, ingestAnalysisPool, ingestFiles } from "./ingest-files";
import { progressOnStderr } from "./progress";
import { readReviewFiles } from "./review-files";

interface IngestFlags {
  film: string;
  author?: string;
  source?: string;
  publishedAt?: string;
  url?: string;
  encoding?: string;
  rating?: string;
}

export function registerIngestCommand(program: Command, analyzer: ReviewAnalyzer): void {
  program
    .command("ingest")
    .description("analyse review files and store them for a film (a folder: its .txt and .md files)")
    .argument("<paths...>", "review files or folders of them")
    .requiredOption("--film <id>", "the film the reviews are about (sound-of-metal-2019 or Film:sound-of-metal-2019)")
    .option("--author <name>", "the critic, for every file")
    .option("--source <name>", "the publication, for every file")
    .option("--published-at <date>", "ISO 8601 date or date-time, for every file")
    .option("--url <url>", "http(s) address where the review was published")
    .option("--encoding <label>", "the files' encoding when it is not UTF-8 (e.g. windows-1252); a byte order mark declares it too")
    .option("--rating <rating>", 'the critic\'s rating as written ("3.5/4", "8/10", "B+", "★★★½"), for every file; it decides the verdict')
    .addHelpText(
      "after",
      "\nA file already stored for the film (the same text) is skipped; a file that cannot be stored is refused with the reason.\n" +
        "Exit status: 0 when nothing was refused, 1 otherwise or on bad usage.",
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const filmId = filmKey(flags.film);
      // An unreadable rating is bad usage, refused before any file is read.
      if (flags.rating !== undefined) {
        try {
          scoreOfRating(flags.rating);
        } catch (error) {
          throw new UsageError(`--rating: ${(error as Error).message.replace(/^input\.rating: /, "")}`);
        }
      }
      const files = readReviewFiles(paths, flags.encoding);
      // Started before the database is opened: the workers load the analyzer meanwhile.
      const pool = ingestAnalysisPool(analyzer, files);
      const outcomes = await withDatabase((db) =>
        ingestFiles(db, files, { ...flags, filmId, analyzer, pool, progress: progressOnStderr("ingesting", "reviews") }),
      ).finally(() => pool.close());
      process.stdout.write(formatSummary(outcomes));
      if (outcomes.some((o) => o.status === "refused")) process.exitCode = 1;
    });
}
