// The NLP packages (wink-nlp and its model, compromise, tinyld) cost ~1 s of CPU to load, in every
// process and analysis worker that loads them: they are loaded when an analysis first needs them,
// not when the analysis is imported (docs/ingest-throughput.md). Run in a fresh Node process,
// since jest's module registry is not Node's require cache.
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.join(__dirname, "../../..");
const PACKAGES = ["wink-nlp", "wink-eng-lite-web-model", "compromise", "tinyld"];

/** The NLP packages in the require cache of a fresh process after `script` (CommonJS, run from the repository root). */
function loadedAfter(script: string): string[] {
  const probe = `${script}
const loaded = Object.keys(require.cache).map((f) => f.split("node_modules/")[1]?.split("/")[0]).filter(Boolean);
process.stdout.write(JSON.stringify([...new Set(loaded)]));`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "-e", probe], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return (JSON.parse(run.stdout) as string[]).filter((p) => PACKAGES.includes(p)).sort();
}

const ANALYZE = `
const { analyzeReview } = require("./src/ingest/analysis/analyze-review.ts");
const { filmContextFromCatalog } = require("./src/ingest/film-context-from-catalog.ts");
const { BENCHMARK_FILM } = require("./tests/support/benchmark-reviews.ts");
const film = filmContextFromCatalog(BENCHMARK_FILM, [], ["performance", "overall"]);
const analyze = (text) => analyzeReview(text, film);
`;

describe("the analysis loads its NLP packages when first needed", () => {
  test("importing the analysis (the CLI's main thread, the server) loads none of them", () => {
    expect(loadedAfter(`require("./src/ingest/default-analyzer.ts");`)).toEqual([]);
  });

  test("an English review naming only credited people loads wink-nlp and its model, not tinyld or compromise", () => {
    expect(loadedAfter(`${ANALYZE} analyze("Ines Calloway is extraordinary as Vera Lind, and the film is a quiet triumph.");`)).toEqual([
      "wink-eng-lite-web-model",
      "wink-nlp",
    ]);
  });

  test("a review naming someone uncredited loads compromise; one not clearly English loads tinyld, and is told apart", () => {
    expect(loadedAfter(`${ANALYZE} analyze("Darren Aronofsky would have made this film darker, and the film is better for it.");`)).toContain("compromise");
    const french = `${ANALYZE} if (analyze("Une merveille, bouleversante de bout en bout, jamais ne faiblit.").language !== "fr") throw new Error("not fr");`;
    expect(loadedAfter(french)).toContain("tinyld");
  });

  test("the warm-up of the server and of an analysis worker (src/ingest/warm-analyzer.ts) loads what a first review would, tinyld aside", () => {
    const warm = `require("./src/ingest/warm-analyzer.ts").warmAnalyzer(require("./src/ingest/default-analyzer.ts").defaultAnalyzer.analyze);`;
    expect(loadedAfter(warm)).toEqual(["compromise", "wink-eng-lite-web-model", "wink-nlp"]);
  });

  test("an analysis worker loads them when it starts, before its first task (while the ingest opens the database)", () => {
    expect(loadedAfter(`require("./src/ingest/analysis-worker.cjs");`)).toEqual(["compromise", "wink-eng-lite-web-model", "wink-nlp"]);
  });
});
