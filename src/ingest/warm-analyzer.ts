import type { FilmContext } from "./analysis-types";
import type { ReviewAnalyzer } from "./review-analyzer";

const NO_FILM: FilmContext = { filmId: "warm-up", title: "Warm-up", year: null, people: [], roles: [], themes: [], aspects: [] };

/**
 * Loads what the analysis loads on first use (wink-nlp and its model, compromise; ~0.5–1 s of CPU)
 * by analysing one short English review that names someone unknown, so that the first review a
 * server ingests does not wait for it. The answer is thrown away; a language detector the review
 * does not need (tinyld) stays unloaded.
 */
export function warmAnalyzer(analyzer: ReviewAnalyzer): void {
  analyzer.analyze("Darren Aronofsky would have made this film darker, and the film is better for it.", NO_FILM);
}
