import path from "node:path";
import type { AnalysisResult, FilmContext } from "../../src/ingest/analysis-types";
import type { ReviewAnalyzer } from "../../src/ingest/review-analyzer";
import { analyzeByExactMatch } from "./exact-match-analyzer";

const contextsSeen = new Set<FilmContext>();

/**
 * A test analyzer for the folder ingest's worker pool (its worker: failing-analysis-worker.cjs):
 * the exact-match analysis, except that a text containing THROW makes the analysis throw, CRASH
 * ends its worker thread, and BROKEN links a theme no graph has (the write of that review fails).
 * `sentiment` is how many distinct context objects this thread has analysed against.
 */
export function analyzeOrFail(text: string, film: FilmContext): AnalysisResult {
  if (text.includes("THROW")) throw new Error(`cannot read this review (${text.length} characters)`);
  if (text.includes("CRASH")) process.exit(3);
  contextsSeen.add(film);
  const result = analyzeByExactMatch(text, film);
  if (text.includes("BROKEN")) result.themes.push({ themeId: "no-such-theme-anywhere", salience: 1, evidence: text, start: 0, end: text.length });
  return { ...result, sentiment: contextsSeen.size };
}

export const failingAnalyzer: ReviewAnalyzer = {
  analyze: analyzeOrFail,
  version: "test-failing",
  workerFile: path.join(__dirname, "failing-analysis-worker.cjs"),
};
