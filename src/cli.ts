import { Command } from "commander";
import { registerDbCommand } from "./cli/db-command";
import { exitWithError } from "./cli/exit-with-error";
import { registerEvalCommand } from "./cli/eval-command";
import { registerIngestCommand } from "./cli/ingest-command";
import { registerAnalyticsCommand } from "./cli/analytics-command";
import { registerImportCommand } from "./cli/import-command";
import { registerFilmCommand } from "./cli/film-command";
import { registerServeCommand } from "./cli/serve-command";
import { registerReanalyzeCommand } from "./cli/reanalyze-command";
import { defaultAnalyzer } from "./ingest/default-analyzer";
import type { ReviewAnalyzer } from "./ingest/review-analyzer";

export interface CliOptions {
  /** The review analysis `serve` and `ingest` run. */
  analyzer: ReviewAnalyzer;
}

/** The one command line: each subcommand lives in src/cli/<name>-command.ts. */
export function buildProgram(o: CliOptions): Command {
  const program = new Command("film-graph")
    .description("Film-criticism knowledge graph: GraphQL over Neo4j")
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerServeCommand(program, o.analyzer);
  registerIngestCommand(program, o.analyzer);
  registerEvalCommand(program, o.analyzer);
  registerReanalyzeCommand(program, o.analyzer);
  registerDbCommand(program);
  registerAnalyticsCommand(program);
  registerImportCommand(program);
  registerFilmCommand(program);
  return program;
}

/** Runs the command line with the production analyzer (src/ingest/default-analyzer.ts). */
export function runCli(argv: string[] = process.argv, o: CliOptions = { analyzer: defaultAnalyzer }): void {
  buildProgram(o).parseAsync(argv).catch(exitWithError);
}

if (require.main === module) runCli();
