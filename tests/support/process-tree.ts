import fs from "node:fs";
import net from "node:net";

/** Whether a process with this pid exists (zombies aside: they are reaped by their parent). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

function processes(): { pid: number; ppid: number; cmdline: string }[] {
  return fs.readdirSync("/proc").flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ");
      return [{ pid: Number(entry), ppid, cmdline }];
    } catch {
      return []; // it ended while we looked
    }
  });
}

/**
 * The processes of one run of the project (Linux /proc): `root` and its descendants, and every
 * process whose command line names `marker` (the state folder: the embedded Neo4j and its watchdog
 * name it, even once they have been re-parented).
 */
export function projectProcesses(root: number | undefined, marker: string): number[] {
  const all = processes();
  const found = new Set<number>(all.filter((p) => p.cmdline.includes(marker) && p.pid !== process.pid).map((p) => p.pid));
  if (root !== undefined && all.some((p) => p.pid === root)) {
    found.add(root);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of all) {
        if (found.has(p.ppid) && !found.has(p.pid)) {
          found.add(p.pid);
          grew = true;
        }
      }
    }
  }
  return [...found].filter(alive).sort((a, b) => a - b);
}

/** The command line of a process, or undefined when it is gone. */
export function commandLine(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
  } catch {
    return undefined;
  }
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Polls `done` every 100 ms; the milliseconds it took, or undefined after `timeoutMs`. */
export async function waitUntil(done: () => boolean | Promise<boolean>, timeoutMs: number): Promise<number | undefined> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await done()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (await done()) ? Date.now() - started : undefined;
}
