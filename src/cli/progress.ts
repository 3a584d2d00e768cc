import cliProgress from "cli-progress";

/** The progress of a long command: the total first, then what is done (and what it was). */
export interface Progress {
  start(total: number): void;
  advance(by: number, detail?: string): void;
  stop(): void;
}

/**
 * Progress on stderr, so stdout keeps only the command's result: a cli-progress bar on a terminal;
 * on anything else (a pipe, a log file, CI) one plain line per step, `label: done/total unit: detail`,
 * since a redrawn bar would be noise there.
 */
export function progressOnStderr(label: string, unit: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: `${label} [{bar}] {value}/{total} ${unit} | {detail}`, hideCursor: true, clearOnComplete: false },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (total) => bar.start(total, 0, { detail: "" }),
      advance: (by, detail = "") => bar.increment(by, { detail }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  let total = 0;
  const line = (detail?: string) => stream.write(`${label}: ${done}/${total} ${unit}${detail ? `: ${detail}` : ""}\n`);
  return {
    start: (t) => {
      total = t;
      line();
    },
    advance: (by, detail) => {
      done += by;
      line(detail);
    },
    stop: () => {},
  };
}
