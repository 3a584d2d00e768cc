import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { BENCH_PASSWORD, type DatasetName, openDataset } from "../data/build-dataset";
import { freePort } from "../../support/free-port";
import { httpLoad } from "./load";
import { OPERATIONS } from "./operations";
import { readTargets } from "./targets";

// `npm run bench:server-cpu -- --dataset M --only film-page,nested [--checkouts /path/a,/path/b] [--cpu-prof DIR]`
// CPU per request of this API's server process (src/main.ts as `npm start` runs it), for one or
// more checkouts of the project side by side over one Neo4j: each checkout's server is started,
// then they take turns under the same closed loop (10 connections, autocannon), the order
// alternating each round, and the server's CPU time (user + system, all its threads, from
// /proc/<pid>/stat) over the window is divided by the requests answered. On a shared machine the
// rate moves with the load; CPU per request moves much less (docs/performance.md, "A leaner server").

const CLOCK_TICKS_PER_SECOND = 100; // Linux USER_HZ (getconf CLK_TCK)
const log = (message: string) => process.stderr.write(`[bench:server-cpu] ${message}\n`);

/** User + system CPU milliseconds the process `pid` has used so far, all threads (Linux /proc). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

interface Server {
  checkout: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The checkout's src/main.ts in production mode over the data set's Neo4j, ready (its /ready answers 200). */
async function startServer(checkout: string, boltUri: string, cpuProfileDir?: string): Promise<Server> {
  const port = await freePort();
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-server-cpu-"));
  const profile = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.join(cpuProfileDir, path.basename(checkout))}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", "src/main.ts"], {
    cwd: checkout,
    env: {
      ...process.env,
      NEO4J_URI: boltUri,
      NEO4J_USERNAME: "neo4j",
      NEO4J_PASSWORD: BENCH_PASSWORD,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      SEED: "false",
      API_TOKEN: "server-cpu-bench-token",
      STATE_DIR: stateDir,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let output = "";
  child.stderr!.on("data", (chunk) => (output = (output + chunk).slice(-5000)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGINT"); // an orderly stop: a CPU profile is written at exit
      await exited;
    }
    fs.rmSync(stateDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 420_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server of ${checkout} exited (${child.exitCode}): ${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server of ${checkout} was not ready within 420 s: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { checkout, url: `http://127.0.0.1:${port}/graphql`, pid: child.pid!, stop };
}

const positive = (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("must be a positive number");
  return n;
};
const list = (v: string) => v.split(",").map((s) => s.trim()).filter(Boolean);

async function main(): Promise<void> {
  const o = new Command("bench:server-cpu")
    .option("--dataset <name>", "S or M", "S")
    .option("--only <operations>", "comma-separated operation names (tests/benchmarks/peer/operations.ts)", list, ["film-page", "nested"])
    .option("--checkouts <dirs>", "comma-separated checkouts of the project (each with node_modules); default this one", list, [path.resolve(__dirname, "../../..")])
    .option("--duration <seconds>", "measured seconds per operation, checkout and round", positive, 10)
    .option("--rounds <n>", "rounds (the checkouts' order alternates)", positive, 2)
    .option("--warmup <seconds>", "warm-up seconds per operation and checkout", positive, 3)
    .option("--connections <n>", "concurrent clients (closed loop)", positive, 10)
    .option("--cpu-prof <dir>", "also write each server's CPU profile (node --cpu-prof) under this folder")
    .parse()
    .opts<{ dataset: DatasetName; only: string[]; checkouts: string[]; duration: number; rounds: number; warmup: number; connections: number; cpuProf?: string }>();
  const operations = OPERATIONS.filter((op) => o.only.includes(op.name) && !op.write);
  if (!operations.length) throw new InvalidArgumentError(`--only matches no read operation; they are ${OPERATIONS.filter((op) => !op.write).map((op) => op.name).join(", ")}`);
  const dataset = await openDataset(o.dataset);
  const servers: Server[] = [];
  try {
    const targets = await readTargets(dataset.db);
    for (const checkout of o.checkouts) servers.push(await startServer(path.resolve(checkout), dataset.neo4j.boltUri, o.cpuProf));
    const load = (server: Server, op: (typeof operations)[number], seconds: number) =>
      httpLoad({ url: server.url, connections: o.connections, seconds, timeoutSeconds: 30, body: () => JSON.stringify(op.ours(targets)) });
    for (const op of operations) for (const server of servers) await load(server, op, o.warmup);
    const rows: string[] = [];
    for (let round = 0; round < o.rounds; round++) {
      for (const op of operations) {
        const order = round % 2 ? [...servers].reverse() : servers;
        for (const server of order) {
          const before = cpuMs(server.pid);
          const result = await load(server, op, o.duration);
          const perRequest = (cpuMs(server.pid) - before) / Math.max(1, result.requests);
          const row = `| ${round + 1} | ${op.name} | ${server.checkout} | ${perRequest.toFixed(2)} | ${result.reqPerSec.toFixed(1)} | ${result.errors} | ${os.loadavg()[0]!.toFixed(1)} |`;
          log(row);
          rows.push(row);
        }
      }
    }
    process.stdout.write(
      [
        `# bench:server-cpu on ${o.dataset}, ${new Date().toISOString()}`,
        "",
        "| round | operation | checkout | server CPU ms / request | req/s | errors | load average (1 min) |",
        "|---|---|---|---|---|---|---|",
        ...rows,
        "",
      ].join("\n"),
    );
  } finally {
    for (const server of servers) await server.stop();
    await dataset.close();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench:server-cpu: ${error.message}\n`);
  process.exit(1);
});
