import neo4j from "neo4j-driver";
import { refreshFilmReviewKeys } from "../graph/review-writes";
import type { Database } from "./database";

/** Data migration 011: the id of the step (after 010, which creates the keys' indexes). */
export const FILM_REVIEW_KEYS_BACKFILL_ID = "011-film-review-keys-backfill";

/** Films whose keys are recomputed per write transaction. */
const BATCH = 500;

/**
 * Data migration 011: sets the review-derived sort keys of every reviewed film (reviewCount,
 * positiveShare, latestReviewAt, meanScore; docs/performance.md) as the review writes maintain
 * them, with the same statement (refresh-film-review-stats.cypher) and the verdict thresholds of
 * src/graphql/verdict.ts, which is why it is a TypeScript step and not Cypher with the numbers
 * written out. Films without reviews keep them absent. Each batch of BATCH films is its own write
 * transaction; run again it changes nothing. Returns the number of films it refreshed.
 */
export async function backfillFilmReviewKeys(db: Database): Promise<number> {
  let after = "";
  let done = 0;
  for (;;) {
    const ids = (await db.read("reviewedFilmIds", { after, limit: neo4j.int(BATCH) })).map((row) => row.id as string);
    if (ids.length === 0) return done;
    await db.write((tx) => refreshFilmReviewKeys(tx, ids));
    done += ids.length;
    after = ids[ids.length - 1]!;
  }
}
