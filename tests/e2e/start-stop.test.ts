import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { freePort } from "../support/free-port";
import { alive, commandLine, listening, projectProcesses, waitUntil } from "../support/process-tree";

// `npm start` as a user runs it (node --import tsx src/main.ts): embedded Neo4j, migrations, seed,
// server; then every way a process is stopped (Ctrl-C, SIGTERM to npm or to node, a crash) must
// stop the server and the Neo4j it started, leaving no process behind within 30 s.
// Each start is a Neo4j start (20 s on an idle machine, minutes on a busy one).
jest.setTimeout(900_000);

const ROOT = path.resolve(__dirname, "../..");
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-start-"));
const children: ChildProcess[] = [];
afterAll(async () => {
  // A failed assertion must not leave a server (and its Neo4j) running.
  for (const child of children.filter((c) => c.exitCode === null && c.signalCode === null)) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  fs.rmSync(stateDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts the service: `npm start` in a process group of its own (as a shell runs a job, so a
 * terminal's Ctrl-C is a SIGINT to that group), or the command line npm runs, `node --import tsx src/main.ts`.
 */
async function start(env: Record<string, string>, via: "node" | "npm" = "node"): Promise<Started> {
  const [command, args] = via === "npm" ? ["npm", ["start"]] : [process.execPath, ["--import", "tsx", "src/main.ts"]];
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: "production", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: via === "npm",
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 420_000;
  while (!output.includes("Press Ctrl-C") && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`start exited early:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!output.includes("Press Ctrl-C")) throw new Error(`start did not finish:\n${output}`);
  return { child, output: () => output, exited };
}

async function environment() {
  const [port, boltPort, httpPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    PORT: String(port),
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HTTP_PORT: String(httpPort),
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE: "128m",
    // These tests are about starting and stopping: a first query that compiles its plan on a
    // cold Neo4j, beside the other test files, may take longer than the service's 5 s for reads.
    NEO4J_READ_TIMEOUT_MS: "60000",
    STATE_DIR: stateDir,
  };
  return { env, port, boltPort, httpPort, ports: [port, boltPort, httpPort] };
}

const pidFile = path.join(stateDir, "neo4j", "run", "film-graph-neo4j.pid");

/** Milliseconds until none of `pids` runs and no port answers, or undefined after 30 s. */
async function timeToNothingLeft(pids: number[], ports: number[]): Promise<number | undefined> {
  const gone = async () =>
    pids.every((pid) => !alive(pid)) &&
    projectProcesses(undefined, stateDir).length === 0 &&
    (await Promise.all(ports.map(listening))).every((open) => !open);
  return waitUntil(gone, 30_000);
}

/**
 * A request the server has begun (headers and half the body sent) but cannot finish until the rest
 * of the body comes: `finish()` sends it and resolves with the status and body of the answer.
 */
async function requestInFlight(port: number, query: string) {
  const body = JSON.stringify({ query });
  const request = http.request({
    host: "127.0.0.1",
    port,
    path: "/graphql",
    method: "POST",
    headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.once("response", (response) => {
      let text = "";
      response.on("data", (chunk) => (text += chunk));
      response.once("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.once("error", reject);
  });
  request.write(body.slice(0, 10));
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    finish: () => {
      request.end(body.slice(10));
      return answer;
    },
  };
}

it("starts everything, prints where to go, and Ctrl-C leaves no process behind", async () => {
  const { env, port, boltPort, httpPort } = await environment();

  const first = await start(env);
  expect(first.output()).toContain(`http://localhost:${port}/graphql`);
  expect(first.output()).toContain(`http://localhost:${httpPort}/browser/`);
  expect(first.output()).toContain(`bolt://127.0.0.1:${boltPort}`);

  const browser = await fetch(`http://localhost:${httpPort}/browser/`);
  expect(browser.status).toBe(200);
  expect(await browser.text()).toMatch(/<html/i);

  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ person(name: "Riz Ahmed") { roles { name film { title } } } }` }),
  });
  expect(await response.json()).toEqual({
    data: { person: { roles: [{ name: "Ruben Stone", film: { title: "Sound of Metal" } }] } },
  });

  // No API_TOKEN: a token is generated, kept in the state folder (owner only) and printed; it lets a
  // mutation through (this one then fails on its input, so nothing is written), and none does not.
  const token = /^API token: +(\S+) /m.exec(first.output())?.[1];
  expect(token).toBeDefined();
  const tokenFile = path.join(stateDir, "api-token");
  expect(fs.readFileSync(tokenFile, "utf8").trim()).toBe(token);
  expect(fs.statSync(tokenFile).mode & 0o777).toBe(0o600);
  const mutation = { query: `mutation { deleteReview(id: "Review:no-such-film/review-0000000000000000") }` };
  const codeOf = async (headers: Record<string, string>) => {
    const res = await fetch(`http://localhost:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(mutation),
    });
    return ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code;
  };
  expect(await codeOf({})).toBe("UNAUTHENTICATED");
  expect(await codeOf({ authorization: `Bearer ${token}` })).toBe("NOT_FOUND");

  const neo4jPid = Number(fs.readFileSync(pidFile, "utf8"));
  expect(alive(neo4jPid)).toBe(true);

  const stopping = Date.now();
  first.child.kill("SIGINT");
  expect(await first.exited).toBe(0);
  expect(Date.now() - stopping).toBeLessThan(30_000);
  expect(alive(neo4jPid)).toBe(false);
  expect(fs.existsSync(pidFile)).toBe(false);

  // A second start reuses the data folder: the seed is still there once, and SIGTERM stops it too.
  const second = await start(env);
  const again = await fetch(`http://localhost:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `{ films(first: 10) { totalCount } }` }),
  });
  expect(await again.json()).toEqual({ data: { films: { totalCount: 1 } } });
  expect(second.output()).toContain("Schema is up to date.");
  expect(second.output()).toContain(`API token:     ${token} `);
  const secondPid = Number(fs.readFileSync(pidFile, "utf8"));
  second.child.kill("SIGTERM");
  expect(await second.exited).toBe(0);
  expect(alive(secondPid)).toBe(false);
});

it("npm start, then SIGTERM to the npm process: the request in flight is answered, and nothing is left within 30 s", async () => {
  const { env, port, ports } = await environment();
  const npm = await start(env, "npm");
  const pids = projectProcesses(npm.child.pid, stateDir);
  // npm, the server (node) and Neo4j with its watchdog: npm forwards the signal to the server it exec'd.
  expect(pids.map((pid) => commandLine(pid))).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^npm start/),
      expect.stringContaining("src/main.ts"),
      expect.stringContaining(`--home-dir=${path.join(stateDir, "neo4j")}`),
      expect.stringContaining("film-graph-neo4j-watchdog"),
    ]),
  );

  const inFlight = await requestInFlight(port, "{ films(first: 1) { totalCount } }");
  const stopping = Date.now();
  npm.child.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  const answer = await inFlight.finish();
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.body)).toEqual({ data: { films: { totalCount: 1 } } });

  const took = await timeToNothingLeft(pids, ports);
  process.stderr.write(`[start-stop] SIGTERM to npm: nothing left after ${took} ms (processes ${pids.join(", ")})\n`);
  expect(took).toBeDefined();
  expect(Date.now() - stopping).toBeLessThan(30_000);
  await npm.exited;
  expect(npm.output()).toContain("SIGTERM: stopping");
});

it("a crash of the API (SIGKILL): its watchdog stops the Neo4j it started, and nothing is left within 30 s", async () => {
  // The first test seeded this state folder; these only need the processes.
  const { env: seeded, ports } = await environment();
  const env = { ...seeded, SEED: "false" };
  const npm = await start(env, "npm");
  const pids = projectProcesses(npm.child.pid, stateDir);
  const server = pids.find((pid) => commandLine(pid)?.includes("src/main.ts"));
  expect(server).toBeDefined();
  process.kill(server!, "SIGKILL");
  const took = await timeToNothingLeft(pids, ports);
  process.stderr.write(`[start-stop] API killed: nothing left after ${took} ms\n`);
  expect(took).toBeDefined();
  expect(fs.existsSync(pidFile)).toBe(false);
});

it("an orphaned Neo4j (its owner and watchdog killed) is stopped by the next start, which Ctrl-C then stops", async () => {
  // The first test seeded this state folder; these only need the processes.
  const { env: seeded, ports } = await environment();
  const env = { ...seeded, SEED: "false" };
  const first = await start(env);
  const orphan = Number(fs.readFileSync(pidFile, "utf8"));
  for (const pid of projectProcesses(first.child.pid, stateDir).filter((pid) => pid !== orphan)) process.kill(pid, "SIGKILL");
  await first.exited;
  expect(alive(orphan)).toBe(true);

  const second = await start(env, "npm");
  expect(second.output()).toContain(`Stopping an orphaned Neo4j (pid ${orphan}) in ${path.join(stateDir, "neo4j")}`);
  expect(alive(orphan)).toBe(false);
  const pids = projectProcesses(second.child.pid, stateDir);
  expect(Number(fs.readFileSync(pidFile, "utf8"))).not.toBe(orphan);

  // Ctrl-C in a terminal: SIGINT to the job's process group, npm and node; npm forwards it once more.
  process.kill(-second.child.pid!, "SIGINT");
  const took = await timeToNothingLeft(pids, ports);
  process.stderr.write(`[start-stop] Ctrl-C to npm start: nothing left after ${took} ms\n`);
  expect(took).toBeDefined();
  await second.exited;
  expect(second.output()).toContain("SIGINT: stopping");
});
