import { criticismLexicon } from "./lexicon";
import { PhraseMatcher } from "./phrase-matcher";
import type { AnalysedSentence } from "./sentences";

let genreNouns: PhraseMatcher<string> | undefined;

/**
 * The genres whose senses apply to a review's words (criticism-lexicon.json genreSenses): the
 * film's catalog genres, and those the review names ("this jarring drama", "a horror film").
 */
export function genresOf(sentences: AnalysedSentence[], catalogGenres: string[]): Set<string> {
  if (!genreNouns) {
    genreNouns = new PhraseMatcher();
    for (const [genre, nouns] of Object.entries(criticismLexicon.genreNouns)) for (const noun of nouns) genreNouns.add(noun, genre);
  }
  const known = new Set(Object.keys(criticismLexicon.genreNouns));
  const genres = new Set(catalogGenres.map((g) => g.toLowerCase()).filter((g) => known.has(g)));
  for (const sentence of sentences) for (const m of genreNouns.find(sentence.tokens)) genres.add(m.value);
  return genres;
}
