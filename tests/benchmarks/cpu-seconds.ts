// CPU seconds for the benchmarks' figures: on a shared, loaded machine wall-clock rates swing by
// 2–3× between runs, CPU seconds much less.
import fs from "node:fs";

/** CPU seconds (user + system) of another process, from /proc/<pid>/stat (or the stat file given: a thread's) (Linux; USER_HZ 100); undefined elsewhere. */
export function processCpuSeconds(pid: number, statFile = `/proc/${pid}/stat`): number | undefined {
  try {
    const stat = fs.readFileSync(statFile, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from the 3rd (state) on
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime (14, 15), in clock ticks
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds (user + system) of this process's main thread (Linux: /proc/self/task/<pid>/stat, the
 * main thread's task id is the process id); undefined elsewhere. The rest of ownCpuSeconds() is the
 * other threads': the analysis workers, and V8's and libuv's helpers (garbage collection, I/O).
 */
export function mainThreadCpuSeconds(): number | undefined {
  return processCpuSeconds(process.pid, `/proc/self/task/${process.pid}/stat`);
}

/** CPU seconds (user + system) of this process, every thread (worker threads too). */
export function ownCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * Waits until a process is about idle: less than `idleShare` of a core over one second (Neo4j
 * idles at ~4 %), at most `maxMs`. Neo4j goes on working after a write has committed (index
 * merges, checkpoints, garbage collection): waiting before a measurement keeps the last run's work
 * out of it, and waiting after counts this run's. Returns the milliseconds waited.
 */
export async function untilIdle(pid: number, idleShare = 0.08, maxMs = 60_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const before = processCpuSeconds(pid);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = processCpuSeconds(pid);
    if (before === undefined || after === undefined || after - before < idleShare || Date.now() - started >= maxMs) return Date.now() - started;
  }
}
