import type { Analyzer, FilmContext } from "./analysis-types";

const NO_FILM: FilmContext = { filmId: "warm-up", title: "Warm-up", year: null, people: [], roles: [], themes: [], aspects: [] };

/**
 * Loads what the analysis loads on first use (wink-nlp and its model, compromise; ~0.5–1 s of CPU)
 * by analysing one short English review that names someone unknown: the server does it at start,
 * so that its first ingestReview does not wait for it, and an analysis worker when it starts
 * (src/ingest/analysis-worker.cjs), while the folder ingest opens and warms the database. The
 * answer is thrown away; a language detector the review does not need (tinyld) stays unloaded.
 */
export function warmAnalyzer(analyze: Analyzer): void {
  analyze("Darren Aronofsky would have made this film darker, and the film is better for it.", NO_FILM);
}
