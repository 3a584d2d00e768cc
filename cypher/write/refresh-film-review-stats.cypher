// Recomputes the review-derived sort keys of one film from its reviews (see docs/performance.md):
// reviewCount, positiveShare (sentiment > $positiveAbove), latestReviewAt (newest createdAt),
// meanScore (mean of the non-null scores); all null when the film has no reviews.
// Runs in the transaction of every review store and delete. The film's write lock is taken
// first (SET _LOCK_), so the recount sees every committed review: no lost update under
// concurrent writers (Neo4j operations manual, "Concurrent data access").
// :param filmId => 'sound-of-metal-2019'; :param positiveAbove => 0.2
MATCH (f:Film {id: $filmId})
SET f._LOCK_ = true
WITH f
CALL (f) {
  OPTIONAL MATCH (f)<-[:REVIEWS]-(r:Review)
  RETURN count(r) AS reviews,
         count(CASE WHEN r.sentiment > $positiveAbove THEN 1 END) AS positive,
         max(r.createdAt) AS latest,
         avg(r.score) AS meanScore
}
SET f.reviewCount = CASE WHEN reviews = 0 THEN null ELSE reviews END,
    f.positiveShare = CASE WHEN reviews = 0 THEN null ELSE toFloat(positive) / reviews END,
    f.latestReviewAt = latest,
    f.meanScore = CASE WHEN meanScore IS NULL THEN null ELSE toFloat(meanScore) END
REMOVE f._LOCK_
RETURN f.reviewCount AS reviewCount
