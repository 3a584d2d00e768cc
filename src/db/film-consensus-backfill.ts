import neo4j from "neo4j-driver";
import { refreshFilmConsensus } from "../graph/review-writes";
import type { Database } from "./database";

/** Data migration 050: the id of the step. */
export const FILM_CONSENSUS_BACKFILL_ID = "050-film-consensus-backfill";

/** Films recounted per write transaction (a hub film's recount reads thousands of judgements). */
const BATCH = 200;

/**
 * Data migration 050: recounts the consensus aggregates (docs/consensus.md: negativeReviewCount,
 * sentimentCount, sentimentSum, sentimentSquareSum on the film, its JUDGED_ON tallies and quotes)
 * of every reviewed film that lacks them (films-without-consensus-tallies.cypher), with the
 * statement that sets them (refresh-film-consensus.cypher), so that Film.consensus reads them and
 * review writes add their deltas from the start. Each batch of BATCH films is its own write
 * transaction; run again it finds nothing. Returns the films recounted.
 */
export async function backfillFilmConsensus(db: Database): Promise<number> {
  let after = "";
  let done = 0;
  for (;;) {
    const ids = (await db.read("filmsWithoutConsensusTallies", { after, limit: neo4j.int(BATCH) })).map((row) => row.id as string);
    if (ids.length === 0) return done;
    await db.write(async (tx) => {
      for (const filmId of ids) await refreshFilmConsensus(tx, filmId);
    });
    done += ids.length;
    after = ids[ids.length - 1]!;
  }
}
