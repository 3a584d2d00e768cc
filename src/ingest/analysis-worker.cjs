// The worker thread of src/ingest/analysis-pool.ts for the production analyzer: loads the
// TypeScript sources through tsx (a worker does not inherit the parent's loader) and answers
// each task (src/ingest/analysis-task.ts) with the analysis of src/ingest/default-analyzer.ts.
"use strict";
require("tsx/cjs/api").register();
const { analysisWorkerHandler } = require("./analysis-task.ts");
const { analyzeReview } = require("./analysis/analyze-review.ts");
const { warmAnalyzer } = require("./warm-analyzer.ts");

// The pool starts its workers before the ingest opens the database: load the NLP models meanwhile,
// not in the first task.
warmAnalyzer(analyzeReview);

module.exports = analysisWorkerHandler(analyzeReview);
