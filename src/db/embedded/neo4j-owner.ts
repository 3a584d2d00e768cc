import fs from "node:fs";
import path from "node:path";

/**
 * Who answers for the embedded Neo4j running from a home folder, kept in
 * `<home>/run/film-graph-neo4j.owner`: the process that started it and stops it with itself, or
 * nobody, when `film-graph db start` left it running on purpose (until `film-graph db stop`).
 */
export type Neo4jOwner = { kind: "process"; pid: number; startTime?: string } | { kind: "detached" };

export const ownerFileOf = (homeDir: string) => path.join(homeDir, "run", "film-graph-neo4j.owner");

/** This process as an owner: its pid and its start time (so a reused pid is not taken for it). */
export function currentProcessOwner(): Neo4jOwner {
  return { kind: "process", pid: process.pid, startTime: startTimeOf(process.pid) };
}

export function writeOwner(homeDir: string, owner: Neo4jOwner): void {
  const line = owner.kind === "detached" ? "detached" : `${owner.pid} ${owner.startTime ?? ""}`.trim();
  fs.writeFileSync(ownerFileOf(homeDir), `${line}\n`);
}

export function readOwner(homeDir: string): Neo4jOwner | undefined {
  const file = ownerFileOf(homeDir);
  if (!fs.existsSync(file)) return undefined;
  const [first, startTime] = fs.readFileSync(file, "utf8").trim().split(/\s+/);
  if (first === "detached") return { kind: "detached" };
  const pid = Number(first);
  return Number.isInteger(pid) && pid > 0 ? { kind: "process", pid, startTime } : undefined;
}

/** Whether the owner can still stop its Neo4j: detached (nobody has to), or its process is alive. */
export function ownerIsAlive(owner: Neo4jOwner): boolean {
  if (owner.kind === "detached") return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's.
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  // The same pid with another start time is another process that reused the number.
  const now = startTimeOf(owner.pid);
  return owner.startTime === undefined || now === undefined || now === owner.startTime;
}

/** Field 22 of /proc/<pid>/stat: the process's start time in clock ticks since boot (Linux; undefined elsewhere). */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may contain spaces: count from the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return undefined;
  }
}
