import fs from "node:fs";
import path from "node:path";
import { CypherRegistry } from "../../../db/cypher-registry";
import { Database } from "../../../db/database";
import { createDriver } from "../../../db/driver";
import { LocalNeo4j, type LocalNeo4jOptions } from "../../../db/embedded/local-neo4j";
import { runImportTool } from "../../../db/embedded/neo4j-import-tool";
import { applyMigrations, DATA_MIGRATIONS } from "../../../db/migrations";
import type { ImdbImportSummary, ImdbProgress } from "../import-imdb";
import { CsvSink } from "./csv-sink";
import { convertImdbToCsv } from "./imdb-to-csv";

/** A bulk import that cannot run against this database; nothing was changed. */
export class BulkImportRefusedError extends Error {}

export interface BulkImdbImportOptions {
  /** The embedded Neo4j (its folder, ports, memory, credentials). */
  local: Omit<LocalNeo4jOptions, "log">;
  /** The database name (Neo4j Community: `neo4j`). */
  database: string;
  /** NEO4J_URI when set: a server the project does not manage, which the bulk import refuses. */
  externalUri?: string;
  log: (message: string) => void;
  /** neo4j-admin's own output (progress dots, statistics). */
  toolOutput: (text: string) => void;
  /** A progress display per IMDb file (bytes read) while the CSV files are written. */
  progress?: (label: string) => ImdbProgress;
  /** Runs with the imported, migrated database before Neo4j is stopped (tests read the graph here). */
  afterImport?: (db: Database) => Promise<void>;
}

/** Seconds spent in each step of a bulk import. */
export interface BulkImportPhases {
  /** Starting Neo4j to see whether an existing database is empty (0 when there is none). */
  emptinessCheck: number;
  /** Reading and checking the IMDb files and writing the import tool's CSV files. */
  convert: number;
  /** neo4j-admin database import full, JVM start included. */
  importTool: number;
  /** Starting Neo4j on the new database and applying every migration (indexes, constraints, data steps). */
  startAndMigrate: number;
  /** Of startAndMigrate: starting Neo4j on the new database (JVM, store recovery, Bolt up). */
  start: number;
  /** Of startAndMigrate: seconds per migration applied, in order (statements and data steps). */
  migrations: { id: string; seconds: number }[];
  /** Of startAndMigrate: the last wait for every index to be online (population of the indexes created). */
  indexesOnline: number;
}

export interface BulkImdbImportSummary extends ImdbImportSummary {
  phases: BulkImportPhases;
}

const secondsSince = (start: number) => (performance.now() - start) / 1000;

/**
 * The first load of an IMDb folder into an empty database with Neo4j's offline bulk loader:
 * converts the files to the import tool's CSV files (the same rows, keys and properties the Cypher
 * importer writes, see imdb-to-csv.ts), runs `neo4j-admin database import full` into the embedded
 * Neo4j's database, then starts Neo4j and applies the migrations as every start does (constraints,
 * indexes, the full-text index, data steps), and stops it again. No transactions, no MERGE: tens of
 * times faster than importImdb, but only into an empty database of the Neo4j the project runs itself.
 * Throws BulkImportRefusedError, before changing anything, when NEO4J_URI names another server, when
 * the embedded Neo4j is running (stop it first: the loader writes its files), or when the database
 * holds anything besides its migration records. Not resumable: a failed import leaves a database to
 * import into again.
 */
export async function bulkImportImdb(dir: string, o: BulkImdbImportOptions): Promise<BulkImdbImportSummary> {
  const started = performance.now();
  if (o.externalUri) {
    throw new BulkImportRefusedError(
      `--bulk loads into the Neo4j that film-graph runs itself, but NEO4J_URI is set (${o.externalUri}): a server film-graph does not manage cannot be stopped to load files into. Unset NEO4J_URI, or import without --bulk (merges into any database).`,
    );
  }
  const home = o.local.homeDir;
  const running = await LocalNeo4j.status(home, o.local.boltPort);
  if (running) {
    throw new BulkImportRefusedError(
      `The embedded Neo4j in ${home} is running (pid ${running.pid}): --bulk writes its database files and needs it stopped. Stop it (film-graph db stop, or the server using it) and run again, or import without --bulk.`,
    );
  }

  const phases: BulkImportPhases = { emptinessCheck: 0, convert: 0, importTool: 0, startAndMigrate: 0, start: 0, migrations: [], indexesOnline: 0 };
  let step = performance.now();
  if (fs.existsSync(path.join(home, "data", "databases", o.database))) {
    const hasData = await withLocalNeo4j(o, async (db) => (await db.read("graphHasData"))[0]?.hasData === true);
    if (hasData) {
      throw new BulkImportRefusedError(
        `The database ${o.database} in ${home} is not empty: --bulk loads only into an empty database. Import without --bulk to merge into it, or move ${home} aside to start a new catalog.`,
      );
    }
  }
  phases.emptinessCheck = secondsSince(step);

  fs.mkdirSync(path.join(home, "import"), { recursive: true });
  const work = fs.mkdtempSync(path.join(home, "import", "imdb-bulk-"));
  try {
    step = performance.now();
    const { summary, input } = await convertImdbToCsv(dir, work, o.progress);
    input.nodes.push({ label: "Migration", file: await writeDataMigrationRecords(path.join(work, "migrations.csv")) });
    phases.convert = secondsSince(step);

    step = performance.now();
    o.log(`Loading ${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships with neo4j-admin database import...`);
    await runImportTool(input, { local: o.local, database: o.database, output: o.toolOutput, log: o.log });
    phases.importTool = secondsSince(step);

    step = performance.now();
    o.log("Starting Neo4j on the new database and applying the migrations (constraints, indexes)...");
    await withLocalNeo4j(o, async (db) => {
      phases.start = secondsSince(step);
      await applyMigrations(db, undefined, {
        onApplied: (ids, seconds) => phases.migrations.push({ id: ids.join("+"), seconds }),
        onIndexesOnline: (seconds) => (phases.indexesOnline = seconds),
      });
      phases.startAndMigrate = secondsSince(step);
      await o.afterImport?.(db);
    });

    const seconds = secondsSince(started);
    return { ...summary, seconds, rowsPerSecond: summary.rows / seconds, phases };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The records of the data migrations (src/db/migrations.ts, DATA_MIGRATIONS: the identity re-key,
 * the review sort-key backfill) as applied, as a node file of the import tool. They rewrite data
 * written under older rules, and this import writes under the current ones: a database migrated
 * when empty and then loaded by the Cypher importer has them recorded and never runs them on the
 * imported data, and so does this one (the re-key would, for one, split the roles the IMDb importer
 * lets several people play, and write another graph). The Cypher migrations (schema and their data
 * statements) run at the first start, as on any database.
 */
async function writeDataMigrationRecords(file: string): Promise<string> {
  const appliedAt = new Date().toISOString();
  const sink = new CsvSink<{ id: string; checksum: string; appliedAt: string }>(file, [
    { key: "id", header: "id:ID(Migration)" },
    { key: "checksum", header: "checksum" },
    { key: "appliedAt", header: "appliedAt:datetime" },
  ]);
  for (const m of DATA_MIGRATIONS) await sink.push({ id: m.id, checksum: m.checksum, appliedAt });
  await sink.close();
  return file;
}

/**
 * Starts the embedded Neo4j with Bolt only (no web server: nobody browses this start), runs `work`
 * against its database, and stops it.
 */
async function withLocalNeo4j<T>(o: BulkImdbImportOptions, work: (db: Database) => Promise<T>): Promise<T> {
  const neo4j = await LocalNeo4j.start({ ...o.local, boltOnly: true, writeClassData: true, log: o.log });
  const driver = createDriver({ uri: neo4j.boltUri, username: o.local.username, password: o.local.password, retryMs: 30_000 });
  try {
    // A first read of a cold database on a busy machine can take longer than a request's 5 s.
    return await work(new Database(driver, o.database, CypherRegistry.load(), { readMs: 120_000, writeMs: 300_000 }));
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}
