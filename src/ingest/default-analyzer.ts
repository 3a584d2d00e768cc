import path from "node:path";
import { analyzeReview, ANALYZER_VERSION } from "./analysis/analyze-review";
import type { ReviewAnalyzer } from "./review-analyzer";

/** The one place the production analyzer is chosen (npm start, the CLI, the ingest benchmark). */
export const defaultAnalyzer: ReviewAnalyzer = {
  analyze: analyzeReview,
  version: ANALYZER_VERSION,
  workerFile: path.join(__dirname, "analysis-worker.cjs"),
};
