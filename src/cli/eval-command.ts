import path from "node:path";
import type { Command } from "commander";
import { defaultGoldSets } from "../ingest/evaluation/default-gold-files";
import { evaluateGold } from "../ingest/evaluation/evaluate-gold";
import { formatEvaluation, formatRatedReviews } from "../ingest/evaluation/format-evaluation";
import { evaluateRatedReviews } from "../ingest/evaluation/rated-reviews";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";

export function registerEvalCommand(program: Command, analyzer: ReviewAnalyzer): void {
  program
    .command("eval")
    .description("measure the review analysis against hand-annotated reviews (precision, recall, F1)")
    .argument(
      "[files...]",
      "gold annotation files (*.gold.json), and rated reviews (*.rating.json: the critic's rating, with <name>.txt and <name>.film.json beside it) whose text verdict is compared with the rating " +
        "(default: the old fixtures, cypher/seed/reviews and tests/fixtures/reviews, and the development set tests/fixtures/dev-reviews, each reported on its own)",
    )
    .option("--details", "list every missed and extra link")
    .action((files: string[], options: { details?: boolean }) => {
      const given = files.map((f) => path.resolve(f));
      const rated = given.filter((f) => f.endsWith(".rating.json"));
      const gold = given.filter((f) => !f.endsWith(".rating.json"));
      const sets = files.length === 0 ? defaultGoldSets() : gold.length > 0 ? [{ name: "the given files", files: gold }] : [];
      if (sets.every((s) => s.files.length === 0) && rated.length === 0) throw new Error("no gold files to evaluate");
      const parts = sets.map((set) => `## ${set.name}\n\n${formatEvaluation(evaluateGold(set.files, analyzer.analyze), options.details === true)}`);
      if (rated.length > 0) parts.push(`## the given rated reviews\n\n${formatRatedReviews(evaluateRatedReviews(rated, analyzer.analyze))}`);
      process.stdout.write(`${analyzer.version}\n\n${parts.join("\n\n")}\n`);
    });
}
