import pino from "pino";
import type { StatementName } from "../db/cypher-registry";
import type { Database } from "../db/database";
import { warmPlans, warmupSteps, type WarmupReport, type WarmupStep } from "../graphql/plan-warmup";

/** How long the folder ingest may spend compiling its plans before the first batch (ms). */
export const INGEST_WARMUP_BUDGET_MS = 120_000;

/**
 * The statements every folder ingest runs (src/cli/ingest-files.ts), and the single store a failed
 * batch falls back to, that the server's warm-up also compiles. Not the recounts of a film reviewed
 * before the maintained counters existed (refresh-film-review-stats, refresh-film-themes): rare, and
 * each compile costs seconds.
 */
const INGEST_STATEMENTS = new Set<StatementName>(["filmContext", "reviewsById", "lockFilm", "reviewContributions", "storeReview", "applyFilmReviewDeltas"]);

/**
 * The warm-up steps of the folder ingest: the server's steps for the statements it runs
 * (src/graphql/plan-warmup.ts) and the batched store (store-reviews.cypher), with one review of
 * the shape the batches send, for a film no node has: nothing is written. (The batch's links are
 * lists of maps: empty lists plan the same.)
 */
export function ingestWarmupSteps(): WarmupStep[] {
  const none = "";
  const review = {
    id: none,
    filmId: none,
    text: none,
    sentiment: 0,
    author: null,
    source: null,
    publishedAt: null,
    url: null,
    rating: null,
    score: null,
    language: null,
    createdAt: new Date(0).toISOString(),
    analyzerVersion: none,
    unresolvedMentions: [],
    recommendations: [],
  };
  return [
    ...warmupSteps().filter((step) => INGEST_STATEMENTS.has(step.statement)),
    {
      statement: "storeReviews",
      params: { filmIds: [none], reviews: [review], personMentions: [], roleMentions: [], themes: [], aspects: [] },
      write: true,
    },
  ];
}

/**
 * Compiles the folder ingest's plans before its first batch, so that no batch pays a compile
 * against the write timeout (a compile takes seconds on a loaded machine, and a batch that times
 * out is written again file by file). Within INGEST_WARMUP_BUDGET_MS; never fails the ingest (a
 * step that fails compiles on first use). Silent.
 */
export function warmIngestPlans(db: Database, budgetMs = INGEST_WARMUP_BUDGET_MS): Promise<WarmupReport> {
  return warmPlans(db, pino({ level: "silent" }), budgetMs, ingestWarmupSteps());
}
