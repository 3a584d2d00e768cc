import os from "node:os";
import { Piscina } from "piscina";
import { contextBuffer, type AnalysisWorkerTask } from "./analysis-task";
import type { AnalysisResult, FilmContext } from "./analysis-types";
import type { ReviewAnalyzer } from "./review-analyzer";

/** One analysis: a review's text against its film's context. */
export interface AnalysisTask {
  text: string;
  context: FilmContext;
}

/** Runs analyses, in worker threads when the analyzer names a worker file, else in this thread. */
export interface AnalysisPool {
  /** The analysis; rejects with an AnalysisFailedError when the analysis throws or its worker dies. */
  analyze(task: AnalysisTask): Promise<AnalysisResult>;
  close(): Promise<void>;
}

/** The message of an error, also of one that crossed a thread boundary (not an `instanceof Error` here). */
const messageOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" ? error.message : String(error);

/** An analysis that did not complete: the analyzer threw, or its worker thread failed. */
export class AnalysisFailedError extends Error {
  constructor(cause: unknown) {
    super(`the analysis failed: ${messageOf(cause)}`, { cause });
    this.name = "AnalysisFailedError";
  }
}

/** Analysis threads at most, however many cores (more would wait for the one thread writing to the database). */
export const MAX_ANALYSIS_THREADS = 4;

/**
 * Reviews to analyse per worker thread at least: starting a worker costs ~1 CPU second (wink-nlp's
 * model, the lexicons and the theme taxonomy compiled in that thread), the analysis of ~300
 * reviews; a worker for fewer would cost more than it saves.
 */
export const REVIEWS_PER_ANALYSIS_THREAD = 300;

/**
 * Worker threads for analysing `reviews` reviews on `cores` cores (default: this machine's): one
 * core is left to the main thread and the database, which on one machine spend about as much CPU
 * per stored review as the analysis (~3 ms against ~3.5 ms, docs/ingest-throughput.md); at most
 * MAX_ANALYSIS_THREADS, at most one per REVIEWS_PER_ANALYSIS_THREAD reviews, at least one.
 */
export function analysisThreadsFor(reviews: number, cores = os.availableParallelism()): number {
  return Math.max(1, Math.min(MAX_ANALYSIS_THREADS, cores - 1, Math.ceil(reviews / REVIEWS_PER_ANALYSIS_THREAD)));
}

/** Threads for the analysis when the number of reviews is not known: analysisThreadsFor(Infinity). */
export const defaultAnalysisThreads = () => analysisThreadsFor(Number.POSITIVE_INFINITY);

/**
 * Worker threads for the analysis (piscina), all started at once so that they load the analyzer
 * (its lexicons and NLP models: seconds on a loaded machine) while the caller reads its files and
 * warms the database. Each film's context goes to the workers as JSON serialized once into a shared
 * buffer, under a key (src/ingest/analysis-task.ts). An analyzer without a worker file (a test double) runs in this
 * thread. Either way a failure is an AnalysisFailedError with the cause's message.
 */
export function analysisPool(analyzer: ReviewAnalyzer, threads = defaultAnalysisThreads()): AnalysisPool {
  if (!analyzer.workerFile) {
    return {
      analyze: async ({ text, context }) => {
        try {
          return analyzer.analyze(text, context);
        } catch (error) {
          throw new AnalysisFailedError(error);
        }
      },
      close: async () => {},
    };
  }
  const pool = new Piscina<AnalysisWorkerTask, AnalysisResult>({ filename: analyzer.workerFile, minThreads: threads, maxThreads: threads });
  const serialized = new WeakMap<FilmContext, { contextKey: string; context: SharedArrayBuffer }>();
  let contexts = 0;
  const contextOf = (context: FilmContext) => {
    let known = serialized.get(context);
    if (!known) {
      known = { contextKey: String(++contexts), context: contextBuffer(context) };
      serialized.set(context, known);
    }
    return known;
  };
  return {
    analyze: async ({ text, context }) => {
      try {
        return await pool.run({ text, ...contextOf(context) });
      } catch (error) {
        throw new AnalysisFailedError(error);
      }
    },
    close: () => pool.destroy(),
  };
}
