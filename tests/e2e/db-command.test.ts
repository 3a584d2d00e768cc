import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalNeo4j } from "../../src/db/embedded/local-neo4j";
import { freePort } from "../support/free-port";
import { cleanEnv, runScript } from "../support/run-cli";

// `film-graph db start|status|stop` with the embedded Neo4j, as a user runs them: start leaves it
// running in the background, other commands reuse it (and leave it running), stop ends it.
jest.setTimeout(300_000);

const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-db-"));
const homeDir = path.join(stateDir, "neo4j");
afterAll(async () => {
  // A failed assertion must not leave a Neo4j running.
  await LocalNeo4j.stopRunning(homeDir);
  fs.rmSync(stateDir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it("starts the embedded Neo4j detached, reports it, lets other commands reuse it, and stops it", async () => {
  const [boltPort, httpPort] = [await freePort(), await freePort()];
  const env = cleanEnv({
    STATE_DIR: stateDir,
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_HTTP_PORT: String(httpPort),
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE: "128m",
  });
  const cli = (...args: string[]) => runScript("src/cli.ts", args, env);

  const started = await cli("db", "start");
  expect(started.code).toBe(0);
  // Progress while Neo4j starts, on stderr: at once, then how long it took.
  expect(started.stderr).toMatch(/^Starting the embedded Neo4j\.\.\.$/m);
  expect(started.stderr).toMatch(/^Starting the embedded Neo4j: done in \d+ s$/m);
  const pid = Number(/\(pid (\d+)\)/.exec(started.stdout)?.[1]);
  expect(started.stdout).toContain(`Neo4j is running (pid ${pid}), data in ${homeDir}`);
  expect(started.stdout).toContain(`Bolt:          bolt://127.0.0.1:${boltPort}`);
  expect(started.stdout).toContain(`Neo4j Browser: http://localhost:${httpPort}/browser/`);
  // The command has exited; the database has not.
  expect(alive(pid)).toBe(true);

  const status = await cli("db", "status");
  expect(status.code).toBe(0);
  expect(status.stdout).toBe(
    `Neo4j is running (pid ${pid}).\nBolt:          bolt://127.0.0.1:${boltPort}\nNeo4j Browser: http://localhost:${httpPort}/browser/\n`,
  );

  // Another command reaches the same database (seeded by db start) and leaves it running.
  const review = path.join(stateDir, "review.txt");
  fs.writeFileSync(review, "Riz Ahmed is remarkable as Ruben Stone.");
  const ingested = await runScript("tests/support/cli-with-test-analyzer.ts", ["ingest", review, "--film", "sound-of-metal-2019"], env);
  expect(ingested.stdout).toMatch(/^1 file\(s\): 1 stored, 0 skipped/);
  expect(ingested.code).toBe(0);
  expect(ingested.stderr).toContain(`Reusing the Neo4j already running from ${homeDir} (pid ${pid}).`);
  expect(alive(pid)).toBe(true);

  const startedAgain = await cli("db", "start");
  expect(startedAgain.stdout).toContain(`Neo4j was already running (pid ${pid})`);

  const stopped = await cli("db", "stop");
  expect(stopped).toMatchObject({ code: 0, stdout: `Stopped Neo4j (pid ${pid}).\n` });
  expect(stopped.stderr).toMatch(/^Stopping the embedded Neo4j\.\.\.$/m);
  expect(stopped.stderr).toMatch(/^Stopping the embedded Neo4j: done in \d+ s$/m);
  expect(alive(pid)).toBe(false);

  const after = await cli("db", "status");
  expect(after.code).toBe(3);
  expect(after.stdout).toMatch(/^Neo4j is not running/);
  expect((await cli("db", "stop")).stdout).toBe(`Neo4j is not running (${homeDir}).\n`);
});
