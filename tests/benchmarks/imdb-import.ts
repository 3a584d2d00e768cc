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
import { bulkImportImdb, type BulkImdbImportSummary } from "../../src/importers/imdb/bulk/bulk-import-imdb";
import { convertImdbToCsv } from "../../src/importers/imdb/bulk/imdb-to-csv";
import { importImdb, type ImdbImportSummary } from "../../src/importers/imdb/import-imdb";
import { freePort } from "../support/free-port";
import { BENCH_CACHE } from "./data/build-dataset";
import { generateCatalog, SCALE_M, writeImdbFiles } from "./data/generate-catalog";

// Throughput of `import imdb` on the generated M files (issue 11 target: >= 50k rows/s):
//   npm run bench:import [-- --batch-size 5000 --concurrency 1] [--bulk-only | --merge-only | --convert-only] [--scale 0.1]
// (--scale: a catalog that fraction of M's films and people, for short runs while developing;
// --convert-only: only the bulk path's first step, IMDb files to the import tool's CSV files.)
// First the bulk path (`import imdb --bulk`: neo4j-admin database import into an empty database in
// a temporary folder, then Neo4j started and migrated), with the time of each step; then the
// incremental path: an empty Neo4j in another temporary folder, the files imported twice with
// MERGE (the second run changes nothing). Prints rows/s per file and overall, and the load average.

const PASSWORD = "film-graph-bench";

function line(label: string, s: ImdbImportSummary): string {
  const files = s.files.map((f) => `${f.file} ${f.rows} rows ${f.seconds.toFixed(1)} s = ${Math.round(f.rows / f.seconds)} rows/s`).join("; ");
  return `${label}: ${s.rows} rows in ${s.seconds.toFixed(1)} s = ${Math.round(s.rowsPerSecond)} rows/s (${s.nodesCreated} nodes, ${s.relationshipsCreated} relationships created)\n  ${files}\n`;
}

/** CPU seconds (user + system) from /proc: a process's own (`pid`), or the children this process waited for (`children`). */
function procCpuSeconds(pid: number | "self", which: "own" | "children"): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from the 3rd (state) on
  const at = which === "own" ? 11 : 13; // utime, stime (14, 15) or cutime, cstime (16, 17)
  return (Number(fields[at]) + Number(fields[at + 1])) / 100; // clock ticks: USER_HZ is 100 on Linux
}
const nodeCpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const cpu = (rows: number, seconds: number) => `${seconds.toFixed(1)} CPU s = ${Math.round(rows / seconds)} rows per CPU second`;

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(" ");

function bulkLine(s: BulkImdbImportSummary): string {
  const p = s.phases;
  return (
    `${line("bulk import (neo4j-admin)", s)}` +
    `  steps: check for an existing database ${p.emptinessCheck.toFixed(1)} s, read IMDb files + write CSV ${p.convert.toFixed(1)} s ` +
    `(${Math.round(s.rows / p.convert)} rows/s), neo4j-admin database import ${p.importTool.toFixed(1)} s, ` +
    `start Neo4j + migrations (constraints, indexes, full-text index) ${p.startAndMigrate.toFixed(1)} s ` +
    `(start ${p.start.toFixed(1)} s; ${p.migrations.map((m) => `${m.id} ${m.seconds.toFixed(1)} s`).join(", ")}; indexes online ${p.indexesOnline.toFixed(1)} s); ` +
    `without the start and migrations: ${Math.round(s.rows / (p.convert + p.importTool))} rows/s\n`
  );
}

async function localOptions(home: string) {
  return {
    homeDir: home,
    cacheDir: loadConfig({ HOME: process.env.HOME }).local.cacheDir,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: "1500m",
    pageCache: "1g",
    username: "neo4j",
    password: PASSWORD,
    writeClassData: true,
  };
}

async function bulk(dir: string): Promise<void> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-bulk-bench-"));
  try {
    process.stdout.write(`load average before: ${loadAverage()}\n`);
    const cpuBefore = nodeCpuSeconds() + procCpuSeconds("self", "children");
    const summary = await bulkImportImdb(dir, {
      local: await localOptions(home),
      database: "neo4j",
      log: (m) => process.stderr.write(`[bulk] ${m}\n`),
      toolOutput: () => {},
      afterImport: async (db) => {
        const { records } = await db.driver.executeQuery("MATCH (n) WHERE NOT n:Migration RETURN count(n) AS nodes, COUNT { ()-->() } AS relationships", {}, { database: db.name });
        process.stdout.write(`  in the graph after the bulk import: ${records[0]!.get("nodes")} nodes, ${records[0]!.get("relationships")} relationships\n`);
      },
    });
    // neo4j-admin and the Neo4j started after it are children of this process, waited for when they end.
    const cpuSeconds = nodeCpuSeconds() + procCpuSeconds("self", "children") - cpuBefore;
    process.stdout.write(bulkLine(summary));
    process.stdout.write(`  CPU (this process, neo4j-admin, Neo4j's start and migrations): ${cpu(summary.rows, cpuSeconds)}\n`);
    process.stdout.write(`load average after: ${loadAverage()}\n`);
  } finally {
    fs.rmSync(home, { recursive: true, force: true });
  }
}

/** The bulk path's conversion alone (IMDb files -> CSV files), with this process's CPU seconds. */
async function convertOnly(dir: string): Promise<void> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-convert-bench-"));
  try {
    process.stdout.write(`load average before: ${loadAverage()}\n`);
    const cpuBefore = nodeCpuSeconds();
    const { summary } = await convertImdbToCsv(dir, out);
    const cpuSeconds = nodeCpuSeconds() - cpuBefore;
    process.stdout.write(`${line("IMDb files -> CSV", summary)}  CPU (this process): ${cpu(summary.rows, cpuSeconds)}\n`);
    process.stdout.write(`load average after: ${loadAverage()}\n`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const program = new Command("bench:import")
    .option("--batch-size <rows>", "rows per transaction", (v) => Number.parseInt(v, 10), 5000)
    .option("--concurrency <n>", "batches in flight", (v) => Number.parseInt(v, 10), 1)
    .option("--bulk-only", "only the bulk path (neo4j-admin database import)")
    .option("--merge-only", "only the incremental (MERGE) path")
    .option("--convert-only", "only the bulk path's conversion of the IMDb files to CSV files")
    .option("--scale <fraction>", "films and people as a fraction of M's (a short run)", Number.parseFloat, 1)
    .parse();
  const { bulkOnly, mergeOnly, convertOnly: conversion, scale, ...o } = program.opts<{
    batchSize: number;
    concurrency: number;
    bulkOnly?: boolean;
    mergeOnly?: boolean;
    convertOnly?: boolean;
    scale: number;
  }>();
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale takes a fraction in (0, 1], not ${scale}`);
  const dir = scale === 1 ? path.join(BENCH_CACHE, "M", "imdb") : path.join(BENCH_CACHE, `import-scale-${scale}`, "imdb");
  if (!fs.existsSync(path.join(dir, "title.principals.tsv.gz"))) {
    process.stderr.write(`generating the IMDb files (scale ${scale} of M) into ${dir}\n`);
    const { films, people } = SCALE_M;
    writeImdbFiles(generateCatalog({ ...SCALE_M, films: Math.round(films * scale), people: Math.round(people * scale) }), dir);
  }
  if (conversion) return convertOnly(dir);
  if (!mergeOnly) await bulk(dir);
  if (bulkOnly) return;
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-import-bench-"));
  const neo4j = await LocalNeo4j.start({ ...(await localOptions(home)), log: (m) => process.stderr.write(`[neo4j] ${m}\n`) });
  const driver = createDriver({ uri: neo4j.boltUri, username: "neo4j", password: PASSWORD, retryMs: 30_000 });
  const db = new Database(driver, "neo4j", CypherRegistry.load());
  const state = fs.mkdtempSync(path.join(os.tmpdir(), "film-graph-import-state-"));
  try {
    const migrations: string[] = [];
    await applyMigrations(db, undefined, {
      onApplied: (ids, seconds) => migrations.push(`${ids.join("+")} ${seconds.toFixed(1)} s`),
      onIndexesOnline: (seconds) => migrations.push(`indexes online ${seconds.toFixed(1)} s`),
    });
    process.stdout.write(`migrations of the empty database: ${migrations.join(", ")}\n`);
    process.stdout.write(`load average before: ${loadAverage()}\n`);
    for (const label of ["first import", "second import"]) {
      const cpuBefore = nodeCpuSeconds() + procCpuSeconds(neo4j.processId, "own");
      const summary = await importImdb(db, dir, { stateDir: state, ...o });
      const cpuSeconds = nodeCpuSeconds() + procCpuSeconds(neo4j.processId, "own") - cpuBefore;
      process.stdout.write(`${line(label, summary)}  CPU (this process and Neo4j): ${cpu(summary.rows, cpuSeconds)}\n`);
    }
    process.stdout.write(`load average after: ${loadAverage()}\n`);
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
