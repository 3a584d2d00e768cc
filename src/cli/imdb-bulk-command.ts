import type { Config } from "../config";
import { resolveNeo4jPassword } from "../db/neo4j-password";
import { bulkImportImdb, type BulkImdbImportSummary } from "../importers/imdb/bulk/bulk-import-imdb";
import { logToStderr } from "./command-database";
import { progressOnStderr } from "./progress";

/**
 * `film-graph import imdb DIR --bulk`: the bulk import (src/importers/imdb/bulk) into the embedded
 * Neo4j of `config` (its folder, ports, memory and password, as `serve` starts it). neo4j-admin's
 * own output goes to stderr with the progress; refusals (NEO4J_URI set, Neo4j running, a database
 * that is not empty) are thrown as errors with one sentence.
 */
export async function runBulkImdbImport(dir: string, config: Config): Promise<BulkImdbImportSummary> {
  const { password } = resolveNeo4jPassword(config);
  return bulkImportImdb(dir, {
    local: { ...config.local, username: config.neo4j.username, password, apiOrigin: `http://localhost:${config.port}` },
    database: config.neo4j.database,
    externalUri: config.externalUri,
    log: logToStderr,
    toolOutput: (text) => process.stderr.write(text),
    progress: (file) => progressOnStderr(`imdb ${file} -> CSV`, "kB"),
  });
}

/** The steps of a bulk import, one line for the summary. */
export function formatBulkPhases(s: BulkImdbImportSummary): string {
  const p = s.phases;
  const steps = [
    p.emptinessCheck > 0 ? `checking the database is empty ${p.emptinessCheck.toFixed(1)} s` : undefined,
    `IMDb files to CSV ${p.convert.toFixed(1)} s`,
    `neo4j-admin database import ${p.importTool.toFixed(1)} s`,
    `starting Neo4j and applying the migrations ${p.startAndMigrate.toFixed(1)} s (the start ${p.start.toFixed(1)} s, ` +
      `the migrations ${p.migrations.reduce((sum, m) => sum + m.seconds, 0).toFixed(1)} s, the indexes coming online ${p.indexesOnline.toFixed(1)} s)`,
  ].filter(Boolean);
  return `Bulk import (neo4j-admin database import into an empty database): ${steps.join(", ")}.\n`;
}
