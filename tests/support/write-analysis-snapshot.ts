// `npm run snapshot:analysis`: analyses every input of tests/support/analysis-snapshot-inputs.ts
// with the current analyzer and writes tests/fixtures/analysis-snapshot/analysis-snapshot.json.
// Run it only when the analysis is meant to change what it finds (a rule, a lexicon, a taxonomy);
// a change meant only to make it faster must leave the file as it is (git diff shows nothing).
import fs from "node:fs";
import { analyzeReview, ANALYZER_VERSION } from "../../src/ingest/analysis/analyze-review";
import { ANALYSIS_SNAPSHOT_FILE, asStored, snapshotInputs, type AnalysisSnapshot } from "./analysis-snapshot-inputs";

const inputs = snapshotInputs();
const snapshot: AnalysisSnapshot = { analyzerVersion: ANALYZER_VERSION, analyses: {} };
for (const input of inputs) {
  if (input.name in snapshot.analyses) throw new Error(`two snapshot inputs are named "${input.name}"`);
  snapshot.analyses[input.name] = asStored(analyzeReview(input.text, input.film));
}
fs.writeFileSync(ANALYSIS_SNAPSHOT_FILE, `${JSON.stringify(snapshot, null, 1)}\n`);
process.stdout.write(`${inputs.length} analyses written to ${ANALYSIS_SNAPSHOT_FILE}\n`);
