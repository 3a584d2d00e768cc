import { Command } from "commander";
import { registerAnalyticsCommand } from "./cli/analytics-command";
import { exitWithError } from "./cli/exit-with-error";
import { registerImportCommand } from "./cli/import-command";
import { registerServeCommand } from "./cli/serve-command";

/** The one command line: each subcommand lives in src/cli/<name>-command.ts. */
export function buildProgram(): Command {
  const program = new Command("film-graph")
    .description("Film-criticism knowledge graph: GraphQL over Neo4j")
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerServeCommand(program);
  registerAnalyticsCommand(program);
  registerImportCommand(program);
  return program;
}

if (require.main === module) {
  buildProgram().parseAsync(process.argv).catch(exitWithError);
}
