import type { Command } from "commander";
import { loadConfig } from "../config";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";
import { serve } from "../serve";

export function registerServeCommand(program: Command, analyzer: ReviewAnalyzer): void {
  program
    .command("serve")
    .description("start the database (embedded unless NEO4J_URI is set), migrate, seed, and serve GraphQL")
    .action(() => serve(loadConfig(), analyzer));
}
