import pino, { type Logger } from "pino";

export type { Logger };

/**
 * The service's logger: JSON lines on standard output, ISO times. Lines are written
 * asynchronously (pino's SonicBoom destination with `sync: false`): a request's log line costs the
 * request no write system call, lines still go out as soon as the event loop is free, and pino
 * flushes what is pending synchronously when the process exits (also through `process.exit`).
 * A process killed outright (SIGKILL) can lose the lines of its last moments.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: 1, sync: false }));
}
