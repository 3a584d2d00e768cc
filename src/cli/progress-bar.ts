import cliProgress from "cli-progress";
import type { ImportProgress } from "../importers/vega-movies/import-vega-movies";

/**
 * Progress on stderr: a cli-progress bar on a terminal, plain "n/total" lines otherwise (logs, CI),
 * so stdout keeps only the summary.
 */
export function progressOnStderr(label: string, stream: NodeJS.WriteStream = process.stderr): ImportProgress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {percentage}% | {value}/{total} films | {duration}s`, stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    return { start: (total) => bar.start(total, 0), advance: (by) => bar.increment(by), stop: () => bar.stop() };
  }
  let done = 0;
  let total = 0;
  return {
    start: (t) => {
      total = t;
      stream.write(`${label}: 0/${total} films\n`);
    },
    advance: (by) => {
      done += by;
      stream.write(`${label}: ${done}/${total} films\n`);
    },
    stop: () => {},
  };
}
