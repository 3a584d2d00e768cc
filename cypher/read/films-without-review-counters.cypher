// Reviewed films whose counters the review writes add deltas to are missing (a graph written before
// them, or a bulk load that set only the sort keys), in id order, a page at a time: the back-fill of
// data migration 035 (src/db/film-review-counters-backfill.ts).
// $after: the last id of the previous page ('' for the first); $limit: page size
// :param after => ''; :param limit => 500
MATCH (f:Film)
WHERE f.id > $after AND f.reviewCount IS NOT NULL
  AND (f.judgedReviewCount IS NULL OR EXISTS { (f)-[e:EXPLORES {source: 'reviews'}]->(:Theme) WHERE e.salienceSum IS NULL })
RETURN f.id AS id
ORDER BY f.id
LIMIT $limit
