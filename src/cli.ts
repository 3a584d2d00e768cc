import { Command } from "commander";
import { exitWithError } from "./cli/exit-with-error";
import { registerEvalCommand } from "./cli/eval-command";
import { registerServeCommand } from "./cli/serve-command";

/** The one command line: each subcommand lives in src/cli/<name>-command.ts. */
export function buildProgram(): Command {
  const program = new Command("film-graph")
    .description("Film-criticism knowledge graph: GraphQL over Neo4j")
    .showHelpAfterError()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerServeCommand(program);
  registerEvalCommand(program);
  return program;
}

if (require.main === module) {
  buildProgram().parseAsync(process.argv).catch(exitWithError);
}
