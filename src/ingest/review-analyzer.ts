import type { Analyzer } from "./analysis-types";

/**
 * The analysis the writers use, injected (server options, GraphQL context, CLI): the function and
 * the version it stamps on every link it produces (provenance; a new version can re-analyse).
 */
export interface ReviewAnalyzer {
  analyze: Analyzer;
  version: string;
  /**
   * A worker-thread file running the same analysis (module.exports = analysisWorkerHandler(analyze),
   * src/ingest/analysis-task.ts), for the CLI's folder ingest (src/ingest/analysis-pool.ts); without
   * one it analyses in-thread.
   */
  workerFile?: string;
}
