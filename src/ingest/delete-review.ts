import type { Database } from "../db/database";
import { fromGlobalId } from "../graph/ids";
import { applyFilmReviewDeltas, reviewContributions } from "../graph/review-writes";
import { InvalidInputError, NotFoundError } from "./input-errors";

/** The review key in a `Review:<key>` global id; anything else is a bad argument. */
export function reviewKeyOf(globalId: string): string {
  const parsed = fromGlobalId(globalId.trim());
  if (parsed?.type !== "Review") {
    throw new InvalidInputError(`id: must be a review's id such as "Review:sound-of-metal-2019/review-<hash>" (Review.id), got "${globalId}"`);
  }
  return parsed.id;
}

/**
 * Deletes a review and every link derived from it, and takes what it contributed off its film's
 * maintained aggregates (sort keys, themes explored), in one
 * write transaction. Throws NotFoundError when there is no such review, also when a concurrent
 * delete removed it first: of several concurrent deletes of one review exactly one succeeds (the
 * film's write lock, taken first, orders them; the later ones then find no review).
 */
export async function deleteReview(db: Database, reviewId: string): Promise<void> {
  const deleted = await db.write(async (tx) => {
    const [locked] = await tx.run("lockFilmOfReview", { reviewId });
    if (!locked) return false;
    const before = await reviewContributions(tx, [reviewId]);
    const [row] = await tx.run("deleteReview", { reviewId });
    if (!row) return false;
    await applyFilmReviewDeltas(tx, before, []);
    return true;
  });
  if (!deleted) throw new NotFoundError(`No review with id "Review:${reviewId}".`);
}
