import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../support/free-port";

const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

/** A GraphQL server the harness started as a child process. */
export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Waits until the server answers `{ __typename }` at `url`, or, given `readyUrl`, until that answers
 * 200 (ours: /ready waits for the migrations and the plan warm-up, so no measured request pays a
 * plan compile).
 */
async function waitFor(url: string, child: ChildProcess, output: () => string, readyUrl?: string, timeoutMs = readyUrl ? 420_000 : 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${output().slice(-2000)}`);
    try {
      const response = readyUrl
        ? await fetch(readyUrl)
        : await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s: ${output().slice(-2000)}`);
}

async function startChild(script: string, env: Record<string, string>, port: number, readyPath?: string): Promise<ServerProcess> {
  let output = "";
  const child = spawn(TSX, [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (c) => (output = (output + c).slice(-20_000)));
  child.stderr!.on("data", (c) => (output = (output + c).slice(-20_000)));
  const url = `http://127.0.0.1:${port}/graphql`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitFor(url, child, () => output, readyPath ? `http://127.0.0.1:${port}${readyPath}` : undefined);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/**
 * This project's API as `npm start` runs it (src/main.ts through tsx, production mode, no seed),
 * over the benchmark's Neo4j.
 */
export async function startOurServer(o: { boltUri: string; password: string; apiToken: string }): Promise<ServerProcess> {
  const port = await freePort();
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-bench-"));
  const server = await startChild(
    "src/main.ts",
    {
      NEO4J_URI: o.boltUri,
      NEO4J_USERNAME: "neo4j",
      NEO4J_PASSWORD: o.password,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      SEED: "false",
      API_TOKEN: o.apiToken,
      STATE_DIR: stateDir,
    },
    port,
    "/ready",
  );
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      fs.rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** @neo4j/graphql 7 on Apollo Server 5 (peer-server.ts), over the same Neo4j. */
export async function startPeerServer(o: { boltUri: string; password: string }): Promise<ServerProcess> {
  const port = await freePort();
  return startChild("tests/benchmarks/peer/peer-server.ts", { NEO4J_URI: o.boltUri, NEO4J_PASSWORD: o.password, PORT: String(port), NODE_ENV: "production" }, port);
}
