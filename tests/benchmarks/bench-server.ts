import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../support/free-port";

const ROOT = path.resolve(__dirname, "../..");

export interface BenchServer {
  url: string;
  token: string;
  /** The server's pid, and the embedded Neo4j's when the server started one. */
  pid: number;
  neo4jPid?: number;
  /** Stops the server as `npm start` is stopped (SIGTERM); the milliseconds it took. */
  stop(): Promise<number>;
}

/**
 * Starts the service as `npm start` runs it (`node --import tsx src/main.ts`), in a temporary state
 * folder on free ports (its own embedded Neo4j, seeded), or against NEO4J_URI when that is set.
 */
export async function startBenchServer(log: (line: string) => void): Promise<BenchServer> {
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-load-"));
  const port = await freePort();
  const token = crypto.randomBytes(24).toString("hex");
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      PORT: String(port),
      STATE_DIR: stateDir,
      API_TOKEN: token,
      NEO4J_BOLT_PORT: String(await freePort()),
      NEO4J_HTTP_PORT: String(await freePort()),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const cleanUp = () => fs.rmSync(stateDir, { recursive: true, force: true });
  log(`starting the server (state in ${stateDir}) ...`);
  const deadline = Date.now() + 300_000;
  while (!output.includes("Press Ctrl-C")) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGTERM");
      await exited;
      cleanUp();
      throw new Error(`the server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const pidFile = path.join(stateDir, "neo4j", "run", "film-graph-neo4j.pid");
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    token,
    pid: child.pid!,
    neo4jPid: fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8")) : undefined,
    async stop() {
      const started = Date.now();
      child.kill("SIGTERM");
      await exited;
      const took = Date.now() - started;
      cleanUp();
      return took;
    },
  };
}

/** Resident set size of a process in MiB (Linux /proc), or undefined when it cannot be read. */
export function rssMiB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kib = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kib === undefined ? undefined : Number(kib) / 1024;
  } catch {
    return undefined;
  }
}
