// The worker thread of tests/support/failing-analyzer.ts (the folder ingest's pool under test).
"use strict";
require("tsx/cjs/api").register();
const { analysisWorkerHandler } = require("../../src/ingest/analysis-task.ts");
const { analyzeOrFail } = require("./failing-analyzer.ts");

module.exports = analysisWorkerHandler(analyzeOrFail);
