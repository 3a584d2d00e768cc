import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import { loadConfig } from "../../src/config";
import { CypherRegistry } from "../../src/db/cypher-registry";
import { Database } from "../../src/db/database";
import { createDriver } from "../../src/db/driver";
import { LocalNeo4j } from "../../src/db/embedded/local-neo4j";
import { applyMigrations } from "../../src/db/migrations";
import { importImdb, type ImdbImportSummary } from "../../src/importers/imdb/import-imdb";
import { freePort } from "../support/free-port";
import { BENCH_CACHE } from "./data/build-dataset";
import { generateCatalog, SCALE_M, writeImdbFiles } from "./data/generate-catalog";

// Throughput of `import imdb` on the generated M files (issue 11 target: >= 50k rows/s):
//   npm run bench:import [-- --batch-size 5000 --concurrency 1]
// Starts an empty Neo4j in a temporary folder, imports the files twice (the second run changes
// nothing) and prints rows/s per file and overall.

const PASSWORD = "film-graph-bench";

function line(label: string, s: ImdbImportSummary): string {
  const files = s.files.map((f) => `${f.file} ${f.rows} rows ${f.seconds.toFixed(1)} s = ${Math.round(f.rows / f.seconds)} rows/s`).join("; ");
  return `${label}: ${s.rows} rows in ${s.seconds.toFixed(1)} s = ${Math.round(s.rowsPerSecond)} rows/s (${s.nodesCreated} nodes, ${s.relationshipsCreated} relationships created)\n  ${files}\n`;
}

async function main(): Promise<void> {
  const program = new Command("bench:import")
    .option("--batch-size <rows>", "rows per transaction", (v) => Number.parseInt(v, 10), 5000)
    .option("--concurrency <n>", "batches in flight", (v) => Number.parseInt(v, 10), 1)
    .parse();
  const o = program.opts<{ batchSize: number; concurrency: number }>();
  const dir = path.join(BENCH_CACHE, "M", "imdb");
  if (!fs.existsSync(path.join(dir, "title.principals.tsv.gz"))) {
    process.stderr.write(`generating the M IMDb files into ${dir}\n`);
    writeImdbFiles(generateCatalog(SCALE_M), dir);
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-import-bench-"));
  const neo4j = await LocalNeo4j.start({
    homeDir: home,
    cacheDir: loadConfig({ HOME: process.env.HOME }).local.cacheDir,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: "1500m",
    pageCache: "1g",
    username: "neo4j",
    password: PASSWORD,
    log: (m) => process.stderr.write(`[neo4j] ${m}\n`),
  });
  const driver = createDriver({ uri: neo4j.boltUri, username: "neo4j", password: PASSWORD, retryMs: 30_000 });
  const db = new Database(driver, "neo4j", CypherRegistry.load());
  const state = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-import-state-"));
  try {
    await applyMigrations(db);
    process.stdout.write(`load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
    process.stdout.write(line("first import", await importImdb(db, dir, { stateDir: state, ...o })));
    process.stdout.write(line("second import", await importImdb(db, dir, { stateDir: state, ...o })));
    process.stdout.write(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
  } finally {
    await driver.close();
    await neo4j.stop();
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(state, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  process.stderr.write(`bench:import: ${error.message}\n`);
  process.exit(1);
});
