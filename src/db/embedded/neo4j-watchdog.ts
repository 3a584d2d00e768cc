import { spawn, type ChildProcess } from "node:child_process";
import type { Writable } from "node:stream";

/** How long the watchdog waits for Neo4j to stop after SIGTERM before it sends SIGKILL, in seconds. */
export const WATCHDOG_KILL_AFTER_S = 20;

/** The word the owner writes to disarm the watchdog (it stops Neo4j itself, or hands it over). */
const DISARM = "disarm";

// A POSIX shell script, so the watchdog costs a few hundred kilobytes, not a second Node process.
// $1 Neo4j's pid, $2.. files to remove once it is gone. `read` returns when the owner writes a line
// (disarm) or when the owner's end of the pipe closes: the kernel closes it however the owner ends
// (exit, crash, SIGKILL, out of memory), which is why this is a pipe and not a pid poll.
const SCRIPT = `
read line
[ "$line" = "${DISARM}" ] && exit 0
pid=$1; shift
kill -TERM "$pid" 2>/dev/null
i=0
while kill -0 "$pid" 2>/dev/null; do
  i=$((i + 1))
  if [ "$i" -ge ${WATCHDOG_KILL_AFTER_S * 10} ]; then kill -KILL "$pid" 2>/dev/null; break; fi
  sleep 0.1
done
rm -f "$@"
`;

/**
 * A process beside the embedded Neo4j that stops it (SIGTERM, SIGKILL after
 * {@link WATCHDOG_KILL_AFTER_S} s) and removes `files` when this process ends without disarming it,
 * so Neo4j never outlives its owner. It runs in a process group of its own (a terminal's Ctrl-C
 * does not reach it) and holds nothing of this process alive (its pipe is unref'd).
 * Its command line names `label` (e.g. Neo4j's home folder), so `pgrep -f <label>` finds it.
 */
export class Neo4jWatchdog {
  private constructor(private readonly child: ChildProcess) {}

  static start(neo4jPid: number, files: string[], label: string): Neo4jWatchdog {
    const child = spawn("/bin/sh", ["-c", SCRIPT, `film-graph-neo4j-watchdog ${label}`, String(neo4jPid), ...files], {
      detached: true,
      stdio: ["pipe", "ignore", "ignore"],
    });
    child.unref();
    (child.stdin as Writable & { unref?: () => void }).unref?.();
    // A watchdog that could not start must not crash its owner; stopping still works without it.
    child.on("error", () => {});
    child.stdin?.on("error", () => {});
    return new Neo4jWatchdog(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The owner stops Neo4j itself, or leaves it running on purpose (`film-graph db start`). */
  disarm(): void {
    if (this.child.stdin?.writable) this.child.stdin.end(`${DISARM}\n`);
  }
}
