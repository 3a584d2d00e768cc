// The inputs of the analysis snapshot (tests/unit/analysis/analysis-snapshot.test.ts): every
// annotated review the evaluation reads (the seed's, tests/fixtures/reviews, the development set
// tests/fixtures/dev-reviews), every case of tests/fixtures/analysis-cases, reviews of the ingest
// benchmark's generator, and a few texts at the edges (other languages, line breaks, brackets,
// astral characters). Each has a name that is stable across runs, so a difference names its input.
import fs from "node:fs";
import path from "node:path";
import type { FilmFacts } from "../../src/graph/catalog-writes";
import type { AnalysisResult, FilmContext } from "../../src/ingest/analysis-types";
import { defaultGoldFiles, DEV_REVIEWS_DIR } from "../../src/ingest/evaluation/default-gold-files";
import { readGoldCases } from "../../src/ingest/evaluation/gold-case";
import { filmContextFromCatalog } from "../../src/ingest/film-context-from-catalog";
import { readJson, SEED_DIR, themesSchema } from "../../src/seed/load-seed";
import { aspectsFileSchema } from "../../src/seed/aspect-definitions";
import { BENCHMARK_FILM, generateReview, seededRandom } from "./benchmark-reviews";

/** The committed snapshot; regenerate it with `npm run snapshot:analysis` after an intended change. */
export const ANALYSIS_SNAPSHOT_FILE = path.resolve(__dirname, "../fixtures/analysis-snapshot/analysis-snapshot.json");

const ANALYSIS_CASES_FILE = path.resolve(__dirname, "../fixtures/analysis-cases/review-analysis-cases.json");

/** How many of the ingest benchmark's generated reviews the snapshot analyses. */
const GENERATED_REVIEWS = 40;

export interface SnapshotInput {
  name: string;
  text: string;
  film: FilmContext;
}

/** An analysis as it is stored in the snapshot (JSON: -0 and 0 are one number, no undefined keys). */
export type SnapshotAnalysis = AnalysisResult;

export interface AnalysisSnapshot {
  /** ANALYZER_VERSION of the analyzer that wrote it (for the reader; the comparison is of the analyses). */
  analyzerVersion: string;
  analyses: Record<string, SnapshotAnalysis>;
}

const EDGE_TEXTS: Record<string, string> = {
  "french": "Ce film est une merveille : Ines Calloway y est bouleversante, et la mise en scène de Marta Okonkwo ne faiblit jamais.",
  "headings-line-breaks-and-a-misspelt-name":
    "Quick Info\nFilm Graph Benchmark (1999)\n\nIt is a film about grief and memory\nIns Calloway is wonderful as Vera Lind.\n\nVerdict: see it.",
  "brackets-and-quotes":
    "Vera Lind (Ines Calloway), a grieving ferry pilot, meets “The Ferryman” (Oskar Brandt). Calloway’s work isn't quite as sharp as Brandt's — but the score is gorgeous.",
  "astral-characters": "🎬 Film Graph Benchmark 🎬 is a triumph. Lena Sato 👏 as Mika is a revelation; the pacing, though, drags. 𝔗𝔥𝔢 𝔢𝔫𝔡.",
  "one-word": "Masterpiece.",
  "no-letters": "… — !!! ?",
};

/** Every input of the snapshot, in a stable order. */
export function snapshotInputs(): SnapshotInput[] {
  const { themes } = readJson(path.join(SEED_DIR, "themes.json"), themesSchema);
  const aspects = readJson(path.join(SEED_DIR, "aspects.json"), aspectsFileSchema).aspects.map((a) => a.name);
  const contextOf = (film: FilmFacts) => filmContextFromCatalog(film, themes, aspects);
  const inputs: SnapshotInput[] = [];
  const devGold = fs.existsSync(DEV_REVIEWS_DIR)
    ? fs.readdirSync(DEV_REVIEWS_DIR).filter((f) => f.endsWith(".gold.json")).sort().map((f) => path.join(DEV_REVIEWS_DIR, f))
    : [];
  const goldFiles = [...defaultGoldFiles(), ...devGold];
  readGoldCases(goldFiles).forEach((c, i) => {
    inputs.push({ name: `gold ${path.relative(path.resolve(__dirname, "../.."), goldFiles[i]!)}`, text: c.gold.text, film: c.film });
  });
  const caseFile = JSON.parse(fs.readFileSync(ANALYSIS_CASES_FILE, "utf8")) as {
    films: Record<string, FilmFacts>;
    cases: { id: string; film: string; text: string }[];
  };
  for (const c of caseFile.cases) {
    const film = caseFile.films[c.film];
    if (!film) throw new Error(`${ANALYSIS_CASES_FILE}: case ${c.id} names no known film "${c.film}"`);
    inputs.push({ name: `case ${c.id}`, text: c.text, film: contextOf(film) });
  }
  const benchmarkFilm = contextOf(BENCHMARK_FILM);
  const next = seededRandom(42);
  for (let n = 1; n <= GENERATED_REVIEWS; n++) {
    inputs.push({ name: `generated ${n}`, text: generateReview(n, "snapshot", next), film: benchmarkFilm });
  }
  for (const [name, text] of Object.entries(EDGE_TEXTS)) inputs.push({ name: `edge ${name}`, text, film: benchmarkFilm });
  return inputs;
}

/** The analysis as JSON keeps it, so that a fresh analysis compares equal to a stored one. */
export const asStored = (analysis: AnalysisResult): SnapshotAnalysis => JSON.parse(JSON.stringify(analysis)) as SnapshotAnalysis;
