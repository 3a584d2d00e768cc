import os from "node:os";
import { Piscina } from "piscina";
import type { AnalysisResult, FilmContext } from "./analysis-types";
import type { ReviewAnalyzer } from "./review-analyzer";

/** One analysis: a review's text against its film's context. */
export interface AnalysisTask {
  text: string;
  context: FilmContext;
}

/** Runs analyses, in worker threads when the analyzer names a worker file, else in this thread. */
export interface AnalysisPool {
  analyze(task: AnalysisTask): Promise<AnalysisResult>;
  close(): Promise<void>;
}

/**
 * Worker threads for the analysis (piscina): as many as the cores, at most
 * four (the main thread mostly waits for the database). An analyzer without a worker file (a test
 * double) runs in this thread.
 */
export function analysisPool(analyzer: ReviewAnalyzer, threads = Math.max(1, Math.min(4, os.availableParallelism()))): AnalysisPool {
  if (!analyzer.workerFile) {
    return { analyze: async ({ text, context }) => analyzer.analyze(text, context), close: async () => {} };
  }
  const pool = new Piscina<AnalysisTask, AnalysisResult>({ filename: analyzer.workerFile, minThreads: 1, maxThreads: threads });
  return { analyze: (task) => pool.run(task), close: () => pool.destroy() };
}
