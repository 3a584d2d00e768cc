// What a batch of the folder ingest costs Neo4j, by batch size (not part of jest):
//
//   npx tsx tests/benchmarks/ingest-batch-cost.ts --sizes 10,50,200 --batches 10
//
// Against the embedded Neo4j (started if needed), for each size: analyses generated reviews of the
// benchmark film with the write path's test analyzer, then writes them batch after batch with
// storeReviews, each batch one committed write transaction, and prints Neo4j's CPU per review
// (from /proc, counted from idle to idle) and the wall time per review. The first batch of each
// size is not counted. The reviews are deleted afterwards.
import os from "node:os";
import { Command } from "commander";
import { withDatabase } from "../../src/cli/command-database";
import { exitWithError } from "../../src/cli/exit-with-error";
import { warmIngestPlans } from "../../src/cli/ingest-plan-warmup";
import { storeReviews, type ReviewRecord } from "../../src/graph/review-writes";
import { deleteReview } from "../../src/ingest/delete-review";
import { readFilmContext } from "../../src/ingest/film-context";
import { writeFilm } from "../../src/ingest/write-film";
import { exactMatchAnalyzer } from "../support/exact-match-analyzer";
import { BENCHMARK_FILM, generateReview, seededRandom } from "../support/benchmark-reviews";
import { processCpuSeconds, untilIdle } from "./cpu-seconds";

async function main(flags: { sizes: string; batches: string }) {
  const sizes = flags.sizes.split(",").map(Number);
  const batches = Number(flags.batches);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(batches) || batches < 1) {
    throw new Error("--sizes: positive whole numbers separated by commas; --batches: a positive whole number");
  }
  await withDatabase(async (db, opened) => {
    const pid = opened.embedded?.processId;
    if (pid === undefined) throw new Error("this benchmark reads the embedded Neo4j's CPU: unset NEO4J_URI");
    await warmIngestPlans(db); // the first compile of the batched store can outlast the write timeout
    const filmId = await writeFilm(db, BENCHMARK_FILM);
    const context = (await readFilmContext(db, filmId))!;
    const next = seededRandom(7);
    const runId = Date.now().toString(36);
    const written: string[] = [];
    for (const size of sizes) {
      let cpu = 0;
      let wallMs = 0;
      for (let batch = 0; batch <= batches; batch++) {
        const records: ReviewRecord[] = [];
        for (let n = 0; n < size; n++) {
          const text = generateReview(n, `${runId}-${size}-${batch}`, next);
          const analysis = await exactMatchAnalyzer.analyze(text, context);
          records.push({ filmId, text, analyzerVersion: exactMatchAnalyzer.version, analysis, unresolved: analysis.unresolved, recommendations: analysis.recommendations });
        }
        await untilIdle(pid);
        const [cpuBefore, started] = [processCpuSeconds(pid)!, Date.now()];
        written.push(...(await db.write((tx) => storeReviews(tx, records))));
        const ms = Date.now() - started;
        await untilIdle(pid);
        if (batch > 0) [cpu, wallMs] = [cpu + processCpuSeconds(pid)! - cpuBefore, wallMs + ms];
      }
      const reviews = size * batches;
      process.stdout.write(
        `batches of ${size}: Neo4j ${((1000 * cpu) / reviews).toFixed(2)} ms CPU per review, ${(wallMs / reviews).toFixed(2)} ms wall per review ` +
          `(${batches} batches; load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")})\n`,
      );
    }
    for (const id of written) await deleteReview(db, id);
  });
}

new Command("ingest-batch-cost")
  .option("--sizes <list>", "batch sizes to measure, comma-separated", "10,50,200")
  .option("--batches <n>", "batches measured per size (after one not counted)", "10")
  .action(main)
  .parseAsync(process.argv)
  .catch(exitWithError);
