import os from "node:os";
import { Piscina } from "piscina";
import type { AnalysisWorkerTask } from "./analysis-task";
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

/** Threads for the analysis: as many as the cores, at most four (the main thread mostly waits for the database). */
export const defaultAnalysisThreads = () => Math.max(1, Math.min(4, os.availableParallelism()));

/**
 * Worker threads for the analysis (piscina), all started at once so that they load the analyzer
 * (its lexicons and NLP models: seconds on a loaded machine) while the caller reads its files and
 * warms the database. Each film's context goes to the workers as JSON serialized once, under a key
 * (src/ingest/analysis-task.ts). An analyzer without a worker file (a test double) runs in this
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
  const serialized = new WeakMap<FilmContext, { contextKey: string; contextJson: string }>();
  let contexts = 0;
  const contextOf = (context: FilmContext) => {
    let known = serialized.get(context);
    if (!known) {
      known = { contextKey: String(++contexts), contextJson: JSON.stringify(context) };
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
