import { Writable } from "node:stream";
import pino, { type Logger } from "pino";

/**
 * A pino logger at `level` whose JSON lines are parsed into `lines` as they are written, for tests
 * that check what a server logged.
 */
export function capturedLog(level = "info"): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level }, sink), lines };
}
