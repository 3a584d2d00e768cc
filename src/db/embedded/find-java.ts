import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Neo4j 2025.10 and later run on Java 21 or 25. */
export const MIN_JAVA_MAJOR = 21;

export interface JavaRuntime {
  executable: string;
  major: number;
}

function javaMajor(executable: string): number | undefined {
  // `java -version` prints to stderr.
  const result = spawnSync(executable, ["-version"], { encoding: "utf8", timeout: 15_000 });
  return result.error ? undefined : parseJavaMajor(`${result.stdout}${result.stderr}`);
}

export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  // Java 8 and older report "1.8.0_x".
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function versionOf(executable: string): number | undefined {
  if (executable.includes(path.sep) && !fs.existsSync(executable)) return undefined;
  return javaMajor(executable);
}

function candidates(env: NodeJS.ProcessEnv): string[] {
  const found: string[] = [];
  if (env.JAVA_HOME) found.push(path.join(env.JAVA_HOME, "bin", "java"));
  const jvmDir = "/usr/lib/jvm";
  if (fs.existsSync(jvmDir)) {
    for (const entry of fs.readdirSync(jvmDir).sort().reverse()) {
      found.push(path.join(jvmDir, entry, "bin", "java"));
    }
  }
  found.push("java");
  return found;
}

/** The newest Java runtime that can run the embedded Neo4j, or undefined when there is none. */
export function findJava(env: NodeJS.ProcessEnv = process.env): JavaRuntime | undefined {
  let best: JavaRuntime | undefined;
  const seen = new Set<string>();
  for (const executable of candidates(env)) {
    const real = fs.existsSync(executable) ? fs.realpathSync(executable) : executable;
    if (seen.has(real)) continue;
    seen.add(real);
    const major = versionOf(executable);
    if (major !== undefined && major >= MIN_JAVA_MAJOR && (!best || major > best.major)) {
      best = { executable, major };
    }
  }
  return best;
}
