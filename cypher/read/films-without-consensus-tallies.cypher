// Reviewed films whose consensus aggregates are missing (docs/consensus.md: sentimentCount and the
// other counters refresh-film-consensus.cypher sets, with the JUDGED_ON tallies; a graph written
// before them, or a bulk load), in id order, a page at a time: the back-fill of data migration 050
// (src/db/film-consensus-backfill.ts).
// $after: the last id of the previous page ('' for the first); $limit: page size
// :param after => ''; :param limit => 200
MATCH (f:Film)
WHERE f.id > $after AND f.reviewCount IS NOT NULL AND f.sentimentCount IS NULL
RETURN f.id AS id
ORDER BY f.id
LIMIT $limit
