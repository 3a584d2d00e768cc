import neo4j from "neo4j-driver";
import type { Database } from "./database";

/** Data migration 046: the id of the step (after 045, which creates the index it fills). */
export const REVIEW_FILM_ID_BACKFILL_ID = "046-review-film-id-backfill";

/** Reviews updated per write transaction. */
const BATCH = 5000;

/**
 * Data migration 046: sets `Review.filmId` (the id of the film the review is of; the review writes
 * keep it since, docs/performance.md) on every stored review, BATCH reviews per write transaction
 * in id order (backfill-review-film-ids.cypher), so a large graph is not changed in one
 * transaction. Run again it changes nothing. Returns the number of batches it ran.
 */
export async function backfillReviewFilmIds(db: Database): Promise<number> {
  let after = "";
  let batches = 0;
  for (;;) {
    const [row] = await db.write((tx) => tx.run("backfillReviewFilmIds", { after, limit: neo4j.int(BATCH) }));
    const last = row?.last as string | null | undefined;
    if (last == null) return batches;
    batches += 1;
    after = last;
  }
}
