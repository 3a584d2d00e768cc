import path from "node:path";
import type { Command } from "commander";
import { defaultGoldSets } from "../ingest/evaluation/default-gold-files";
import { evaluateGold } from "../ingest/evaluation/evaluate-gold";
import { formatEvaluation } from "../ingest/evaluation/format-evaluation";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";

export function registerEvalCommand(program: Command, analyzer: ReviewAnalyzer): void {
  program
    .command("eval")
    .description("measure the review analysis against hand-annotated reviews (precision, recall, F1)")
    .argument("[gold-files...]", "gold annotation files (default: the old fixtures, cypher/seed/reviews and tests/fixtures/reviews, and the development set tests/fixtures/dev-reviews, each reported on its own)")
    .option("--details", "list every missed and extra link")
    .action((files: string[], options: { details?: boolean }) => {
      const sets = files.length > 0 ? [{ name: "the given files", files: files.map((f) => path.resolve(f)) }] : defaultGoldSets();
      if (sets.every((s) => s.files.length === 0)) throw new Error("no gold files to evaluate");
      const parts = sets.map((set) => `## ${set.name}\n\n${formatEvaluation(evaluateGold(set.files, analyzer.analyze), options.details === true)}`);
      process.stdout.write(`${analyzer.version}\n\n${parts.join("\n\n")}\n`);
    });
}
