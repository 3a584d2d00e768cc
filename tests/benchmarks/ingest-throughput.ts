// Ingest throughput: `npm run bench:ingest` (not part of jest). Generates a folder of review files
// naming a benchmark film's cast, runs the CLI's ingest path on it against the database the
// configuration points at (NEO4J_URI, or the embedded one, started if needed) and prints
// reviews/second. The reviews it stored are deleted again at the end unless --keep is given.
//
//   npm run bench:ingest                          the production analyzer (src/ingest/default-analyzer.ts)
//   npm run bench:ingest -- --test-analyzer       the write path's exact-match test double
//   npm run bench:ingest -- --reviews 500 --keep
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { withDatabase } from "../../src/cli/command-database";
import { exitWithError } from "../../src/cli/exit-with-error";
import { ingestFiles } from "../../src/cli/ingest-files";
import { progressOnStderr } from "../../src/cli/progress";
import { readReviewFiles } from "../../src/cli/review-files";
import { analysisThreadsFor } from "../../src/ingest/analysis-pool";
import { defaultAnalyzer } from "../../src/ingest/default-analyzer";
import { deleteReview } from "../../src/ingest/delete-review";
import { writeFilm } from "../../src/ingest/write-film";
import { mainThreadCpuSeconds, ownCpuSeconds, processCpuSeconds, untilIdle } from "./cpu-seconds";
import { TimedDatabase } from "./timed-database";
import { exactMatchAnalyzer } from "../support/exact-match-analyzer";
import { BENCHMARK_FILM as FILM, generateReview, seededRandom as random } from "../support/benchmark-reviews";

async function main(flags: { reviews: string; testAnalyzer?: boolean; keep?: boolean; analysisThreads?: string }) {
  const count = Number(flags.reviews);
  if (!Number.isInteger(count) || count < 1) throw new Error("--reviews must be a positive whole number");
  const analyzer = flags.testAnalyzer ? exactMatchAnalyzer : defaultAnalyzer;
  const analysisThreads = flags.analysisThreads === undefined ? undefined : Number(flags.analysisThreads);
  if (analysisThreads !== undefined && !(Number.isInteger(analysisThreads) && analysisThreads >= 1)) throw new Error("--analysis-threads must be a positive whole number");
  const runId = `${Date.now().toString(36)}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-bench-"));
  const next = random(42);
  for (let n = 1; n <= count; n++) {
    fs.writeFileSync(path.join(dir, `review-${String(n).padStart(4, "0")}.txt`), generateReview(n, runId, next));
  }
  try {
    await withDatabase(async (database, opened) => {
      const neo4jPid = opened.embedded?.processId;
      const neo4jCpu = () => (neo4jPid === undefined ? undefined : processCpuSeconds(neo4jPid));
      const db = new TimedDatabase(database);
      const filmId = await writeFilm(db, FILM);
      const files = readReviewFiles([dir]);
      if (neo4jPid !== undefined) await untilIdle(neo4jPid); // the previous run's deletions are still being merged
      const loadBefore = os.loadavg();
      const [cpuBefore, mainBefore, neo4jBefore] = [ownCpuSeconds(), mainThreadCpuSeconds(), neo4jCpu()];
      const started = process.hrtime.bigint();
      const outcomes = await ingestFiles(db, files, { filmId, analyzer, analysisThreads, progress: progressOnStderr("ingesting", "reviews") });
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const [cpuAfter, mainAfter] = [ownCpuSeconds(), mainThreadCpuSeconds()];
      // Neo4j's CPU until it is idle again: its background work for these writes counts too.
      const settled = neo4jPid === undefined ? 0 : await untilIdle(neo4jPid);
      const neo4jAfter = neo4jCpu();
      const stored = outcomes.filter((o) => o.status === "stored");
      const refused = outcomes.filter((o) => o.status === "refused");
      process.stdout.write(
        `${files.length} reviews in ${seconds.toFixed(2)} s: ${(files.length / seconds).toFixed(1)} reviews/second ` +
          `(analyzer ${analyzer.version}; ${analysisThreads ?? analysisThreadsFor(files.length)} analysis thread(s); ${stored.length} stored, ${refused.length} refused)\n`,
      );
      const perReview = (cpuSeconds: number) => `${cpuSeconds.toFixed(1)} s = ${((1000 * cpuSeconds) / files.length).toFixed(2)} ms per review`;
      const neo4jLine =
        neo4jBefore === undefined || neo4jAfter === undefined
          ? "Neo4j's not measured (not the embedded one)"
          : `Neo4j ${perReview(neo4jAfter - neo4jBefore)} (until idle again, ${(settled / 1000).toFixed(0)} s after the ingest)`;
      process.stdout.write(
        `CPU during the ingest: this process (main thread and analysis workers) ${perReview(cpuAfter - cpuBefore)}` +
          (mainBefore === undefined || mainAfter === undefined
            ? ""
            : ` (main thread ${perReview(mainAfter - mainBefore)}; the other threads ${perReview(cpuAfter - cpuBefore - (mainAfter - mainBefore))})`) +
          `; ${neo4jLine}\n` +
          `load average (1, 5, 15 min): before ${loadBefore.map((l) => l.toFixed(1)).join(" ")}, after ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`,
      );
      process.stdout.write(`where the time went (wall time; statements inside a write are part of its transaction):\n${db.report()}\n`);
      if (refused[0]?.status === "refused") process.stdout.write(`first refusal: ${refused[0].reason}\n`);
      if (!flags.keep) for (const o of outcomes) if (o.status === "stored") await deleteReview(db, o.reviewId);
      if (refused.length) process.exitCode = 1;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

new Command("bench:ingest")
  .option("--reviews <n>", "how many reviews to generate", "200")
  .option("--test-analyzer", "use the write path's exact-match test analyzer instead of the production one")
  .option("--analysis-threads <n>", "analysis worker threads (default: analysisThreadsFor the number of reviews, src/ingest/analysis-pool.ts)")
  .option("--keep", "keep the stored reviews (by default they are deleted after the run)")
  .action(main)
  .parseAsync(process.argv)
  .catch(exitWithError);
