import path from "node:path";
import type { Command } from "commander";
import { defaultGoldFiles } from "../ingest/evaluation/default-gold-files";
import { evaluateGold } from "../ingest/evaluation/evaluate-gold";
import { formatEvaluation } from "../ingest/evaluation/format-evaluation";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";

export function registerEvalCommand(program: Command, analyzer: ReviewAnalyzer): void {
  program
    .command("eval")
    .description("measure the review analysis against hand-annotated reviews (precision, recall, F1)")
    .argument("[gold-files...]", "gold annotation files (default: cypher/seed/reviews and tests/fixtures/reviews)")
    .option("--details", "list every missed and extra link")
    .action((files: string[], options: { details?: boolean }) => {
      const goldFiles = files.length > 0 ? files.map((f) => path.resolve(f)) : defaultGoldFiles();
      if (goldFiles.length === 0) throw new Error("no gold files to evaluate");
      const report = evaluateGold(goldFiles, analyzer.analyze);
      process.stdout.write(`${analyzer.version}\n${formatEvaluation(report, options.details === true)}\n`);
    });
}
