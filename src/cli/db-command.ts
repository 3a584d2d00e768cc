import type { Command } from "commander";
import { loadConfig, type Config } from "../config";
import { createDriver } from "../db/driver";
import { LocalNeo4j } from "../db/embedded/local-neo4j";
import { resolveNeo4jPassword } from "../db/neo4j-password";
import { loadSeed } from "../seed/load-seed";
import { UsageError, logToStderr, withDatabase } from "./command-database";
import { withElapsedTicker } from "./elapsed-ticker";

const say = (line: string) => process.stdout.write(`${line}\n`);

/** Exit status of `db status` when the database is not running (LSB's "program is not running"). */
export const NOT_RUNNING_EXIT_CODE = 3;

const outsideDatabase = (config: Config) =>
  `NEO4J_URI is set (${config.externalUri}): the database is run elsewhere, so db start and db stop do not apply.`;

async function start(): Promise<void> {
  const config = loadConfig();
  if (config.externalUri) throw new UsageError(outsideDatabase(config));
  await withDatabase(async (db, opened) => {
    if (config.seed) await loadSeed(db);
    const embedded = opened.embedded;
    if (!embedded) throw new Error("The embedded Neo4j did not start");
    const wasRunning = !embedded.owned;
    embedded.detach();
    say(`Neo4j ${wasRunning ? "was already running" : "is running"} (pid ${embedded.processId}), data in ${embedded.homeDir}`);
    say(`Bolt:          ${embedded.boltUri} (user ${config.neo4j.username})`);
    say(`Neo4j Browser: ${embedded.browserUrl}`);
    say("Stop it with: film-graph db stop");
  }, config);
}

async function stop(): Promise<void> {
  const config = loadConfig();
  if (config.externalUri) throw new UsageError(outsideDatabase(config));
  const home = config.local.homeDir;
  // Stopping takes a few seconds (Neo4j checkpoints first): say that it is still going.
  const running = await LocalNeo4j.status(home, config.local.boltPort);
  const pid = running
    ? await withElapsedTicker("Stopping the embedded Neo4j", logToStderr, () => LocalNeo4j.stopRunning(home))
    : await LocalNeo4j.stopRunning(home);
  say(pid === undefined ? `Neo4j is not running (${config.local.homeDir}).` : `Stopped Neo4j (pid ${pid}).`);
}

async function status(): Promise<void> {
  const config = loadConfig();
  if (config.externalUri) {
    const driver = createDriver({ uri: config.externalUri, ...config.neo4j, password: resolveNeo4jPassword(config).password });
    try {
      await driver.verifyConnectivity({ database: config.neo4j.database });
      say(`Neo4j at ${config.externalUri} is reachable (database ${config.neo4j.database}).`);
    } catch (error) {
      say(`Neo4j at ${config.externalUri} is not reachable: ${(error as Error).message.split(". ")[0]}.`);
      process.exitCode = NOT_RUNNING_EXIT_CODE;
    } finally {
      await driver.close();
    }
    say("NEO4J_URI is set: db start and db stop do not apply.");
    return;
  }
  const running = await LocalNeo4j.status(config.local.homeDir, config.local.boltPort);
  if (!running) {
    say(`Neo4j is not running (data in ${config.local.homeDir}). Start it with: film-graph db start`);
    process.exitCode = NOT_RUNNING_EXIT_CODE;
    return;
  }
  say(`Neo4j is running (pid ${running.pid}${running.boltAnswers ? "" : ", Bolt not answering yet"}).`);
  say(`Bolt:          bolt://127.0.0.1:${config.local.boltPort}`);
  say(`Neo4j Browser: http://localhost:${config.local.httpPort}/browser/`);
}

export function registerDbCommand(program: Command): void {
  const db = program.command("db").description("the embedded Neo4j (in STATE_DIR/neo4j): start, stop, status");
  db.command("start")
    .description("start the embedded Neo4j in the background (migrated and seeded) and leave it running")
    .action(start);
  db.command("stop").description("stop the embedded Neo4j started from STATE_DIR/neo4j").action(stop);
  db.command("status")
    .description(`whether the database is running, with its Bolt and Browser addresses (exit status ${NOT_RUNNING_EXIT_CODE} when not)`)
    .action(status);
}
