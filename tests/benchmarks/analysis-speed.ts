// Analysis speed on one core, without a database: the annotated reviews of the seed and of
// tests/fixtures/reviews (not the development set, so figures compare across sessions) analysed in turn, repeated, after one
// warm-up round (lexicons and the NLP model load once). Prints reviews/second.
// npm run bench:analysis [-- --rounds N]
import os from "node:os";
import { analyzeReview } from "../../src/ingest/analysis/analyze-review";
import { defaultGoldFiles } from "../../src/ingest/evaluation/default-gold-files";
import { readGoldCases } from "../../src/ingest/evaluation/gold-case";

const roundsArg = process.argv.indexOf("--rounds");
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;
const cases = readGoldCases(defaultGoldFiles());
for (const c of cases) analyzeReview(c.gold.text, c.film);
const started = process.hrtime.bigint();
const cpuAtStart = process.cpuUsage();
for (let r = 0; r < rounds; r++) for (const c of cases) analyzeReview(c.gold.text, c.film);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuAtStart);
// On a shared machine the wall-clock rate is this process's share of a core; CPU time is what the analysis costs.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const count = rounds * cases.length;
const chars = cases.reduce((n, c) => n + c.gold.text.length, 0) / cases.length;
process.stdout.write(
  `${count} reviews (mean ${Math.round(chars)} characters) in ${seconds.toFixed(2)} s: ${(count / seconds).toFixed(1)} reviews/second on one core ` +
    `(${(count / cpuSeconds).toFixed(1)} per CPU-second; load average ${os.loadavg()[0]!.toFixed(1)})\n`,
);
