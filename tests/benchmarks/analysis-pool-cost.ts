// The analysis pool's CPU cost, without a database: starts the folder ingest's pool
// (src/ingest/analysis-pool.ts) with the production analyzer, analyses the ingest benchmark's
// generated reviews (tests/support/benchmark-reviews.ts) through it and prints the CPU seconds of
// this process (main thread and workers) for the start (the workers loading the analyzer, and the
// first analysis: the taxonomy compiled) and per review, and the wall time. Compare thread counts:
//
//   npx tsx tests/benchmarks/analysis-pool-cost.ts --reviews 1000 --threads 1
//   npx tsx tests/benchmarks/analysis-pool-cost.ts --reviews 1000 --threads 2
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { exitWithError } from "../../src/cli/exit-with-error";
import { analysisPool } from "../../src/ingest/analysis-pool";
import { defaultAnalyzer } from "../../src/ingest/default-analyzer";
import { filmContextFromCatalog } from "../../src/ingest/film-context-from-catalog";
import { aspectsFileSchema } from "../../src/seed/aspect-definitions";
import { readJson, SEED_DIR, themesSchema } from "../../src/seed/load-seed";
import { BENCHMARK_FILM, generateReview, seededRandom } from "../support/benchmark-reviews";
import { ownCpuSeconds } from "./cpu-seconds";

async function main(flags: { reviews: string; threads: string }) {
  const count = Number(flags.reviews);
  const threads = Number(flags.threads);
  if (!Number.isInteger(count) || count < 1) throw new Error("--reviews must be a positive whole number");
  if (!Number.isInteger(threads) || threads < 1) throw new Error("--threads must be a positive whole number");
  const { themes } = readJson(path.join(SEED_DIR, "themes.json"), themesSchema);
  const aspects = readJson(path.join(SEED_DIR, "aspects.json"), aspectsFileSchema).aspects.map((a) => a.name);
  const context = filmContextFromCatalog(BENCHMARK_FILM, themes, aspects);
  const next = seededRandom(42);
  const texts = Array.from({ length: count }, (_, i) => generateReview(i + 1, "pool-cost", next));
  const loadBefore = os.loadavg()[0]!;
  const [cpu0, wall0] = [ownCpuSeconds(), Date.now()];
  const pool = analysisPool(defaultAnalyzer, threads);
  try {
    await pool.analyze({ text: "The film is good.", context });
    const [cpu1, wall1] = [ownCpuSeconds(), Date.now()];
    await Promise.all(texts.map((text) => pool.analyze({ text, context })));
    const [cpu2, wall2] = [ownCpuSeconds(), Date.now()];
    process.stdout.write(
      `${threads} worker thread(s), ${count} reviews: start and first analysis ${(cpu1 - cpu0).toFixed(2)} CPU s (${wall1 - wall0} ms); ` +
        `analyses ${(cpu2 - cpu1).toFixed(2)} CPU s = ${((1000 * (cpu2 - cpu1)) / count).toFixed(2)} ms per review (${wall2 - wall1} ms); ` +
        `in all ${(cpu2 - cpu0).toFixed(2)} CPU s; load average ${loadBefore.toFixed(1)} -> ${os.loadavg()[0]!.toFixed(1)}\n`,
    );
  } finally {
    await pool.close();
  }
}

new Command("analysis-pool-cost")
  .option("--reviews <n>", "how many generated reviews to analyse", "1000")
  .option("--threads <n>", "worker threads", "1")
  .action(main)
  .parseAsync(process.argv)
  .catch(exitWithError);
