// The worker thread of src/ingest/analysis-pool.ts for the production analyzer: loads the
// TypeScript sources through tsx (a worker does not inherit the parent's loader) and answers
// each task {text, context} with the analysis of src/ingest/default-analyzer.ts.
"use strict";
require("tsx/cjs/api").register();
const { defaultAnalyzer } = require("./default-analyzer.ts");

module.exports = ({ text, context }) => defaultAnalyzer.analyze(text, context);
