import neo4j from "neo4j-driver";
import { refreshFilmReviewKeys } from "../graph/review-writes";
import type { Database } from "./database";

/** Data migration 035: the id of the step. */
export const FILM_REVIEW_COUNTERS_BACKFILL_ID = "035-film-review-counters-backfill";

/** Films recounted per write transaction. */
const BATCH = 500;

/**
 * Data migration 035: recounts every reviewed film whose review counters are missing
 * (judgedReviewCount, positiveReviewCount, scoredReviewCount, scoreSum on the film; salienceSum on
 * its EXPLORES links; docs/performance.md), with the statements that set them
 * (refresh-film-review-stats.cypher, refresh-film-themes.cypher), so that review writes add their
 * deltas from the start instead of recounting the film at its next write. Each batch of BATCH
 * films is its own write transaction; run again it finds nothing. Returns the films recounted.
 */
export async function backfillFilmReviewCounters(db: Database): Promise<number> {
  let after = "";
  let done = 0;
  for (;;) {
    const ids = (await db.read("filmsWithoutReviewCounters", { after, limit: neo4j.int(BATCH) })).map((row) => row.id as string);
    if (ids.length === 0) return done;
    await db.write(async (tx) => {
      await refreshFilmReviewKeys(tx, ids);
      for (const filmId of ids) await tx.run("refreshFilmThemes", { filmId });
    });
    done += ids.length;
    after = ids[ids.length - 1]!;
  }
}
