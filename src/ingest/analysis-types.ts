// The contract between the review analysis (pure code, src/ingest/analysis/) and the code that
// stores its result (the ingestion writer, the seed, the CLI). Keys are the graph's node keys.
import type { Evidence, Polarity, ReviewAnalysis } from "../graph/review-writes";

/** A person credited on the film (cast or crew), by graph key. */
export interface ContextPerson {
  id: string;
  name: string;
  /** How the person is credited on the film, when known (a director named in a review judges the direction). */
  credits?: ("cast" | "director" | "writer")[];
}

/** A character of the film and the person who plays it. */
export interface ContextRole {
  id: string;
  name: string;
  personId: string | null;
  /** Billing order in the cast, 1 = top-billed (optional: the list's order otherwise). */
  billing?: number;
}

/** A theme of the taxonomy, as stored in the graph (from cypher/seed/themes.json or added later). */
export interface ContextTheme {
  id: string;
  name: string;
  synonyms: string[];
  patterns: string[];
  /** Ids of broader themes. */
  broader: string[];
}

/** What the analysis knows about the film a review is about: the catalog, not the review. */
export interface FilmContext {
  filmId: string;
  title: string;
  year: number | null;
  /** Everyone credited on the film: cast, directors, writers. */
  people: ContextPerson[];
  roles: ContextRole[];
  /** The whole theme taxonomy. */
  themes: ContextTheme[];
  /** Aspect names critics judge (cypher/seed/aspects.json). */
  aspects: string[];
  /** The film's genres, lowercase ("horror", "comedy"), when the catalog has them: they give words their genre sense. */
  genres?: string[];
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A name the analysis found but could not link to exactly one node of the film. */
export interface UnresolvedMention extends Evidence {
  surface: string;
  reason: "unknown" | "ambiguous";
  /** For an ambiguous name: the ids it could mean. */
  candidates: string[];
  polarity: Polarity;
}

/** "You would enjoy this if you like ...": the sentence that recommends the film to someone. */
export type Recommendation = Evidence;

/** A rating the review's text states ("Rating: 3/5", "★★★★"), which gave the review its sentiment. */
export interface StatedRatingFound extends Evidence {
  /** The rating as written, and it on the 0–100 scale. */
  rating: string;
  score: number;
  /** The sentiment the review's words alone give (-1..1), which the rating replaced. */
  wordsSentiment: number | null;
}

export interface AnalysisResult extends ReviewAnalysis {
  sentences: Sentence[];
  unresolved: UnresolvedMention[];
  recommendations: Recommendation[];
  /** The critic's rating where the text states one; absent otherwise. */
  statedRating?: StatedRatingFound;
}

/** Text + catalog context -> analysis. Deterministic, offline, no database. */
export type Analyzer = (text: string, film: FilmContext) => AnalysisResult;
