import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../../../src/config";
import { CypherRegistry } from "../../../src/db/cypher-registry";
import { Database } from "../../../src/db/database";
import { createDriver } from "../../../src/db/driver";
import { LocalNeo4j } from "../../../src/db/embedded/local-neo4j";
import { backfillExploresThemeIds } from "../../../src/db/explores-theme-id-backfill";
import { backfillFilmConsensus } from "../../../src/db/film-consensus-backfill";
import { backfillFilmReviewCounters } from "../../../src/db/film-review-counters-backfill";
import { applyMigrations } from "../../../src/db/migrations";
import { aspectsFileSchema } from "../../../src/seed/aspect-definitions";
import { importImdb } from "../../../src/importers/imdb/import-imdb";
import { importVegaMovies } from "../../../src/importers/vega-movies/import-vega-movies";
import { loadSeed, readJson, SEED_DIR, themesSchema } from "../../../src/seed/load-seed";
import { freePort } from "../../support/free-port";
import { generateCatalog, SCALE_M, writeImdbFiles } from "./generate-catalog";
import { generateReviews, GENERATOR_VERSION } from "./generate-reviews";

export type DatasetName = "S" | "M";
export const BENCH_PASSWORD = "film-graph-bench";
/** Reviews of M (issue 11: 500k with mentions, theme links and aspect judgements). */
export const M_REVIEWS = 500_000;
const ROOT = path.resolve(__dirname, "../../..");
/** Git-ignored (.local/): the IMDb files and the Neo4j of each data set, reused by later runs. */
export const BENCH_CACHE = path.join(ROOT, ".local", "bench");

export interface Dataset {
  name: DatasetName;
  neo4j: LocalNeo4j;
  db: Database;
  /** What the build loaded (counts, seconds, import figures), from the build that made the cache. */
  build: Record<string, unknown>;
  close(): Promise<void>;
}

/**
 * The key of a built data set: what its content depends on (the generator and the statements that
 * load it). A cache with another key is rebuilt. Changes of the service itself (key functions,
 * stored types, maintained properties) reach a cached data set the way they reach any database:
 * through the migrations, applied at every start; `--rebuild` builds it afresh.
 */
export function buildKey(name: DatasetName): string {
  const hash = createHash("sha256").update(`${name} ${GENERATOR_VERSION}`);
  const files = [
    ...["generate-catalog.ts", "generate-reviews.ts", "names.ts", "random.ts", "load-reviews.cypher", "aggregate-reviews.cypher"].map((f) => path.join(__dirname, f)),
    ...fs.readdirSync(path.join(ROOT, "cypher/write")).filter((f) => f.startsWith("import-")).map((f) => path.join(ROOT, "cypher/write", f)),
  ].sort();
  for (const file of files) hash.update(fs.readFileSync(file));
  return hash.digest("hex").slice(0, 16);
}

const log = (message: string) => process.stderr.write(`[bench data] ${message}\n`);

async function startNeo4j(home: string): Promise<LocalNeo4j> {
  const defaults = loadConfig({ HOME: process.env.HOME });
  return LocalNeo4j.start({
    homeDir: home,
    cacheDir: defaults.local.cacheDir,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: process.env.BENCH_NEO4J_HEAP ?? "1500m",
    pageCache: process.env.BENCH_NEO4J_PAGECACHE ?? "1g",
    username: "neo4j",
    password: BENCH_PASSWORD,
    log,
  });
}

async function loadReviews(db: Database, catalog: ReturnType<typeof generateCatalog>): Promise<Record<string, number>> {
  const started = performance.now();
  const themes = readJson(path.join(SEED_DIR, "themes.json"), themesSchema).themes.map((t) => t.name);
  const aspects = readJson(path.join(SEED_DIR, "aspects.json"), aspectsFileSchema).aspects.map((a) => a.name);
  const load = fs.readFileSync(path.join(__dirname, "load-reviews.cypher"), "utf8");
  let loaded = 0;
  for (const batch of generateReviews(catalog, { total: M_REVIEWS, seed: 1011, themes, aspects, batch: 2000 })) {
    const session = db.driver.session({ database: db.name });
    try {
      await session.executeWrite((tx) => tx.run(load, { reviews: batch }), { timeout: 300_000 });
    } finally {
      await session.close();
    }
    loaded += batch.length;
    if (loaded % 50_000 < batch.length) log(`reviews: ${loaded}/${M_REVIEWS}`);
  }
  const loadSeconds = (performance.now() - started) / 1000;
  log(`reviews loaded in ${loadSeconds.toFixed(0)} s; aggregating themes and review keys per film`);
  const session = db.driver.session({ database: db.name });
  try {
    await session.run(fs.readFileSync(path.join(__dirname, "aggregate-reviews.cypher"), "utf8"));
  } finally {
    await session.close();
  }
  // The links the aggregate made get their theme's id (EXPLORES.themeId, which the review writes
  // set) through the step of migration 056, which ran on the empty graph before.
  await backfillExploresThemeIds(db);
  return { reviews: loaded, reviewLoadSeconds: Math.round(loadSeconds), reviewsPerSecond: Math.round(loaded / loadSeconds), aggregateSeconds: Math.round((performance.now() - started) / 1000 - loadSeconds) };
}

/**
 * The bulk load sets the sort keys and themes only (aggregate-reviews.cypher), after the
 * migrations ran on an empty graph: the counters review writes add their deltas to come from
 * migration 035's step, the consensus aggregates from 050's. Without them the first review write
 * to each film recounts all its reviews (~600k db hits for the most reviewed film of M). Both steps
 * find nothing to do on a data set that has them.
 */
async function backfillReviewAggregates(db: Database): Promise<void> {
  const started = performance.now();
  const counted = await backfillFilmReviewCounters(db);
  const consensus = await backfillFilmConsensus(db);
  if (counted || consensus) {
    log(`review counters of ${counted} films, consensus aggregates of ${consensus} films in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
}

async function build(name: DatasetName, db: Database, dataDir: string): Promise<Record<string, unknown>> {
  await applyMigrations(db);
  await loadSeed(db);
  if (name === "S") {
    const vega = await importVegaMovies(db);
    return { vegaFilms: vega.loaded, vegaSeconds: Math.round(vega.seconds) };
  }
  const catalog = generateCatalog(SCALE_M);
  const imdbDir = path.join(dataDir, "imdb");
  const rows = writeImdbFiles(catalog, imdbDir);
  log(`IMDb files written to ${imdbDir}: ${JSON.stringify(rows)}`);
  const imdb = await importImdb(db, imdbDir, { stateDir: dataDir, batchSize: 5000 });
  if (imdb.rejectedCount) throw new Error(`the generated IMDb files had ${imdb.rejectedCount} rejected rows: ${JSON.stringify(imdb.rejected.slice(0, 3))}`);
  log(`IMDb import: ${imdb.rows} rows in ${imdb.seconds.toFixed(1)} s = ${Math.round(imdb.rowsPerSecond)} rows/s`);
  const reviews = await loadReviews(db, catalog);
  await backfillReviewAggregates(db);
  return {
    imdbRows: imdb.rows,
    imdbLoaded: imdb.loaded,
    imdbSeconds: Math.round(imdb.seconds * 10) / 10,
    imdbRowsPerSecond: Math.round(imdb.rowsPerSecond),
    imdbFiles: imdb.files.map((f) => ({ file: f.file, rows: f.rows, loaded: f.loaded, skipped: f.skipped })),
    ...reviews,
  };
}

/**
 * The Neo4j of data set S (seed + vega movies) or M (generated IMDb files through `import imdb`,
 * plus 500k generated reviews), started on free ports from its cache folder under .local/bench,
 * built first when the cache is missing, stale (another build key) or `rebuild` is asked.
 */
export async function openDataset(name: DatasetName, o: { rebuild?: boolean } = {}): Promise<Dataset> {
  const dataDir = path.join(BENCH_CACHE, name);
  const home = path.join(dataDir, "neo4j");
  const marker = path.join(dataDir, "built.json");
  const key = buildKey(name);
  const cached = fs.existsSync(marker) ? (JSON.parse(fs.readFileSync(marker, "utf8")) as { key: string; build: Record<string, unknown> }) : undefined;
  const fresh = o.rebuild || cached?.key !== key;
  if (fresh) {
    log(`building data set ${name} in ${dataDir}${cached ? " (the cached one is stale)" : ""}`);
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
  }
  const neo4j = await startNeo4j(home);
  const driver = createDriver({ uri: neo4j.boltUri, username: "neo4j", password: BENCH_PASSWORD, retryMs: 30_000 });
  const db = new Database(driver, "neo4j", CypherRegistry.load());
  const close = async () => {
    await driver.close();
    await neo4j.stop();
  };
  try {
    let buildInfo = cached?.build ?? {};
    if (fresh) {
      const started = performance.now();
      buildInfo = { ...(await build(name, db, dataDir)), buildSeconds: Math.round((performance.now() - started) / 1000) };
      fs.writeFileSync(marker, JSON.stringify({ key, build: buildInfo }, null, 2));
    }
    const applied = await applyMigrations(db);
    if (applied.length) log(`applied migrations ${applied.join(", ")} to the cached data set`);
    // A data set cached before the build ran these steps.
    if (!fresh && name === "M") await backfillReviewAggregates(db);
    return { name, neo4j, db, build: buildInfo, close };
  } catch (error) {
    await close();
    throw error;
  }
}
