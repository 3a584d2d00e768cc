import type { ReviewAnalyzer } from "./review-analyzer";

/**
 * THE one place the production analyzer is chosen (npm start, the CLI, the ingest benchmark).
 *
 * The review analysis (src/ingest/analysis/analyze-review.ts: analyzeReview, ANALYZER_VERSION) is
 * built on another branch; when it is merged this becomes:
 *   export const defaultAnalyzer: ReviewAnalyzer = { analyze: analyzeReview, version: ANALYZER_VERSION };
 * Until then ingesting refuses with this message (tests inject their own analyzer).
 */
export const defaultAnalyzer: ReviewAnalyzer = {
  version: "none",
  analyze: () => {
    throw new Error("No review analyzer is wired in yet: see src/ingest/default-analyzer.ts");
  },
};
