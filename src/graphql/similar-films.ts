import neo4j, { type Integer } from "neo4j-driver";

/** Score of a key person credited on both films (Film.similarFilms; schema/analytics.graphql). */
export const SHARED_PERSON_WEIGHT = 0.5;

/**
 * How many candidates Film.similarFilms scores (similar-films.cypher; docs/similar-films.md), so its
 * cost does not grow with the catalog: the `filmsPerTheme` films exploring most strongly each of
 * the film's `themes` strongest themes, and the films of its key people — its first `crew`
 * directors and `crew` writers by name and its first `cast` cast members by billing — of which the
 * `personFilms` sharing the most key people are kept besides the films of the themes.
 */
export const SIMILAR_CANDIDATES = { themes: 10, filmsPerTheme: 20, crew: 3, cast: 5, personFilms: 50 } as const;

/** The scoring parameters of similar-films.cypher (and of film-by-title.cypher's similar block). */
export function similarFilmParams(): { personWeight: number; similarCandidates: Record<keyof typeof SIMILAR_CANDIDATES, Integer> } {
  const similarCandidates = Object.fromEntries(Object.entries(SIMILAR_CANDIDATES).map(([k, v]) => [k, neo4j.int(v)]));
  return { personWeight: SHARED_PERSON_WEIGHT, similarCandidates: similarCandidates as Record<keyof typeof SIMILAR_CANDIDATES, Integer> };
}
