/**
 * How every command ends on an error: one line on stderr naming the program, exit status 1.
 * Errors we raise on purpose carry their own sentence; anything else shows its message only.
 */
export function exitWithError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`film-graph: ${message.split("\n")[0]}\n`);
  process.exit(1);
}
