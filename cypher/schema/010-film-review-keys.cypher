// Index-backed keyset pages (docs/performance.md): each sort of a list is an ordered scan of a
// composite range index on (sort key, id) with a limit, whatever the size of the catalog.
CREATE INDEX film_title_key_id IF NOT EXISTS FOR (n:Film) ON (n.titleKey, n.id);
CREATE INDEX film_year_id IF NOT EXISTS FOR (n:Film) ON (n.year, n.id);
CREATE INDEX film_review_count_id IF NOT EXISTS FOR (n:Film) ON (n.reviewCount, n.id);
CREATE INDEX film_positive_share_id IF NOT EXISTS FOR (n:Film) ON (n.positiveShare, n.id);
CREATE INDEX film_latest_review_at_id IF NOT EXISTS FOR (n:Film) ON (n.latestReviewAt, n.id);
CREATE INDEX film_mean_score_id IF NOT EXISTS FOR (n:Film) ON (n.meanScore, n.id);
CREATE INDEX review_created_at_id IF NOT EXISTS FOR (n:Review) ON (n.createdAt, n.id);
CREATE INDEX review_sentiment_id IF NOT EXISTS FOR (n:Review) ON (n.sentiment, n.id);
// Back-fill of the maintained review-derived keys of every reviewed film (the same values as
// cypher/write/refresh-film-review-stats.cypher; 0.2 is POSITIVE_ABOVE of src/graphql/verdict.ts).
// Films without reviews keep them absent.
MATCH (f:Film) WHERE EXISTS { (f)<-[:REVIEWS]-(:Review) }
CALL (f) {
  MATCH (f)<-[:REVIEWS]-(r:Review)
  RETURN count(r) AS reviews,
         count(CASE WHEN r.sentiment > 0.2 THEN 1 END) AS positive,
         max(r.createdAt) AS latest,
         avg(r.score) AS meanScore
}
SET f.reviewCount = reviews,
    f.positiveShare = toFloat(positive) / reviews,
    f.latestReviewAt = latest,
    f.meanScore = CASE WHEN meanScore IS NULL THEN null ELSE toFloat(meanScore) END;
