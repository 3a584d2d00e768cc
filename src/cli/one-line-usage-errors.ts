import type { Command } from "commander";

/**
 * Commander's own usage errors of a command (an unknown flag, a missing required one, a value its
 * parser refuses) as one line on stderr, `film-graph: <what> (--help lists the options)`, exit
 * status 1, instead of the error followed by the whole help text.
 */
export function oneLineUsageErrors(command: Command): Command {
  return command.showHelpAfterError(false).configureOutput({
    outputError: (text, write) => write(`film-graph: ${text.replace(/^error: /, "").trim().replace(/\s*\n\s*/g, " ")} (--help lists the options)\n`),
  });
}
