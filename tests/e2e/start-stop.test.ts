import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../support/free-port";

// `npm start` as a user runs it (tsx src/main.ts): embedded Neo4j, migrations, seed, server; then
// Ctrl-C must stop the server and the Neo4j it started, leaving no process behind.
jest.setTimeout(300_000);

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

async function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["src/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: "production", LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 240_000;
  while (!output.includes("Press Ctrl-C") && Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`start exited early:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!output.includes("Press Ctrl-C")) throw new Error(`start did not finish:\n${output}`);
  return { child, output: () => output, exited };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it("starts everything, prints where to go, and Ctrl-C leaves no process behind", async () => {
  const [port, boltPort, httpPort] = [await freePort(), await freePort(), await freePort()];
  const env = {
    PORT: String(port),
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HTTP_PORT: String(httpPort),
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE: "128m",
    STATE_DIR: stateDir,
  };

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

  const pidFile = path.join(stateDir, "neo4j", "run", "film-graph-neo4j.pid");
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
