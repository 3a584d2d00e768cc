import cliProgress from "cli-progress";

export interface Progress {
  /** One file done: its name and what happened to it. */
  tick(file: string, outcome: string): void;
  stop(): void;
}

/**
 * A progress bar on a terminal; on anything else (a pipe, a log file, CI) one plain line per file,
 * since a redrawn bar would be noise there.
 */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    let done = 0;
    return {
      tick(file, outcome) {
        done += 1;
        stream.write(`[${done}/${total}] ${outcome} ${file}\n`);
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: "ingesting {bar} {value}/{total} | {file}", hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: "" });
  return {
    tick(file) {
      bar.increment(1, { file });
    },
    stop() {
      bar.stop();
    },
  };
}
