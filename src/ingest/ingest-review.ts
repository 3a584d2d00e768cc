import type { Database } from "../db/database";
import { reviewId } from "../graph/ids";
import { storeReview } from "../graph/review-writes";
import type { FilmContext } from "./analysis-types";
import { readFilmContext } from "./film-context";
import { NotFoundError } from "./input-errors";
import type { ReviewAnalyzer } from "./review-analyzer";
import { validateReview, type ReviewInput } from "./review-input";

export interface IngestOutcome {
  /** The review's key (`<film>/review-<hash>`). */
  reviewId: string;
  /** False when the same text was already stored for the film: nothing was written. */
  created: boolean;
}

export interface IngestOptions {
  /** The film's context when the caller already read it (the CLI ingesting many files for one film). */
  context?: FilmContext;
  now?: Date;
}

export function unknownFilm(filmId: string): NotFoundError {
  return new NotFoundError(`No film with id "Film:${filmId}": add it with upsertFilm first, or check the id (Film.id).`);
}

/**
 * Validates a review, skips it when the same text is already stored for the film, otherwise
 * analyses it against the film's context and stores it with every derived link in ONE write
 * transaction (a failure anywhere leaves nothing behind).
 */
export async function ingestReview(
  db: Database,
  analyzer: ReviewAnalyzer,
  input: ReviewInput,
  options: IngestOptions = {},
): Promise<IngestOutcome> {
  const review = validateReview(input);
  const id = reviewId(review.filmId, review.text);
  const [existing] = await db.read("reviewsById", { ids: [id] });
  if (existing) return { reviewId: id, created: false };

  const context = options.context?.filmId === review.filmId ? options.context : await readFilmContext(db, review.filmId);
  if (!context) throw unknownFilm(review.filmId);
  const analysis = analyzer.analyze(review.text, context);

  await db.write((tx) =>
    storeReview(
      tx,
      {
        ...review,
        analyzerVersion: analyzer.version,
        analysis,
        unresolved: analysis.unresolved,
        recommendations: analysis.recommendations,
      },
      options.now,
    ),
  );
  return { reviewId: id, created: true };
}
