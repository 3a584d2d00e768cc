import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { alive, waitUntil } from "../support/process-tree";

// The watchdog beside the embedded Neo4j: when the process that started it dies, however it dies,
// the watchdog stops "Neo4j" (here a `sleep`, which ends on SIGTERM too) and removes its run files;
// disarmed, it leaves it running.

const ROOT = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-watchdog-"));
const started: number[] = [];
afterAll(() => {
  for (const pid of started.filter(alive)) process.kill(pid, "SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An owner process: starts a stand-in for Neo4j and its watchdog, reports both pids, then waits (or disarms and exits). */
async function owner(disarm: boolean) {
  const runFile = path.join(dir, `run-${started.length}.pid`);
  fs.writeFileSync(runFile, "");
  const script = `
    const { spawn } = require("node:child_process");
    const { Neo4jWatchdog } = require(${JSON.stringify(path.join(ROOT, "src/db/embedded/neo4j-watchdog.ts"))});
    const neo4j = spawn("sleep", ["600"], { detached: true, stdio: "ignore" });
    neo4j.unref();
    const watchdog = Neo4jWatchdog.start(neo4j.pid, [${JSON.stringify(runFile)}], ${JSON.stringify(dir)});
    console.log(JSON.stringify({ neo4j: neo4j.pid, watchdog: watchdog.pid }));
    if (${disarm}) { watchdog.disarm(); setTimeout(() => process.exit(0), 200); } else setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ["--import", "tsx", "-e", script], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise<string>((resolve) => child.stdout.once("data", (chunk) => resolve(String(chunk))));
  const pids = JSON.parse(line) as { neo4j: number; watchdog: number };
  started.push(pids.neo4j, pids.watchdog, child.pid!);
  return { child, runFile, ...pids };
}

it("stops Neo4j and removes its run files when its owner is killed (SIGKILL: no handler runs)", async () => {
  const o = await owner(false);
  expect(alive(o.neo4j)).toBe(true);
  o.child.kill("SIGKILL");
  expect(await waitUntil(() => !alive(o.neo4j) && !alive(o.watchdog), 10_000)).toBeDefined();
  expect(fs.existsSync(o.runFile)).toBe(false);
});

it("disarmed, it leaves Neo4j running when its owner exits (film-graph db start)", async () => {
  const o = await owner(true);
  await new Promise((resolve) => o.child.once("exit", resolve));
  expect(await waitUntil(() => !alive(o.watchdog), 5_000)).toBeDefined();
  expect(alive(o.neo4j)).toBe(true);
  expect(fs.existsSync(o.runFile)).toBe(true);
});
