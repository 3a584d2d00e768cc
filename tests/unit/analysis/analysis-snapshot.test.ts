import fs from "node:fs";
import { analyzeReview } from "../../../src/ingest/analysis/analyze-review";
import {
  ANALYSIS_SNAPSHOT_FILE,
  asStored,
  snapshotInputs,
  type AnalysisSnapshot,
} from "../../support/analysis-snapshot-inputs";

// The whole analysis of every review the project has (annotated fixtures, the development set, the
// analysis cases, generated benchmark reviews, edge texts) equals the committed snapshot. A change
// meant only to make the analysis faster must keep it equal; a change meant to alter what the
// analysis finds regenerates it (`npm run snapshot:analysis`) and the diff shows what changed.
const snapshot = JSON.parse(fs.readFileSync(ANALYSIS_SNAPSHOT_FILE, "utf8")) as AnalysisSnapshot;
const inputs = snapshotInputs();

it("the snapshot has exactly the current inputs (regenerate with npm run snapshot:analysis)", () => {
  expect(Object.keys(snapshot.analyses).sort()).toEqual(inputs.map((i) => i.name).sort());
});

describe.each(inputs.map((input) => [input.name, input] as const))("%s", (_name, input) => {
  it("is analysed as the snapshot says", () => {
    const expected = snapshot.analyses[input.name];
    expect(expected).toBeDefined();
    expect(asStored(analyzeReview(input.text, input.film))).toEqual(expected);
  });
});
