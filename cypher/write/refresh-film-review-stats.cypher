// Recomputes the review-derived sort keys of the given films from their reviews (docs/performance.md):
// reviewCount; positiveShare = positive verdicts / reviews with a verdict (0.0 when none has one);
// latestReviewAt (newest createdAt); meanScore (mean of the non-null scores); all null for a film
// without reviews. A review's verdict is src/graphql/verdict.ts's: from its score when it has one
// (positive from $positiveScoreFrom), else from its sentiment (positive above $positiveAbove);
// neither (a language the analysis cannot read): no verdict.
// Runs in the transaction of every review store and delete, and as the back-fill of migration 011.
// Each film's write lock is taken first (SET _LOCK_), in the order of $filmIds (callers sort them),
// so the recount sees every committed review: no lost update under concurrent writers (Neo4j
// operations manual, "Concurrent data access").
// :param filmIds => ['sound-of-metal-2019']; :param positiveAbove => 0.2; :param positiveScoreFrom => 61
UNWIND $filmIds AS filmId
MATCH (f:Film {id: filmId})
SET f._LOCK_ = true
WITH f
CALL (f) {
  OPTIONAL MATCH (f)<-[:REVIEWS]-(r:Review)
  RETURN count(r) AS reviews,
         count(CASE WHEN r.score IS NOT NULL OR r.sentiment IS NOT NULL THEN 1 END) AS judged,
         count(CASE WHEN r.score >= $positiveScoreFrom OR (r.score IS NULL AND r.sentiment > $positiveAbove) THEN 1 END) AS positive,
         max(r.createdAt) AS latest,
         avg(r.score) AS meanScore
}
SET f.reviewCount = CASE WHEN reviews = 0 THEN null ELSE reviews END,
    f.positiveShare = CASE WHEN reviews = 0 THEN null WHEN judged = 0 THEN 0.0 ELSE toFloat(positive) / judged END,
    f.latestReviewAt = latest,
    f.meanScore = CASE WHEN meanScore IS NULL THEN null ELSE toFloat(meanScore) END
REMOVE f._LOCK_
RETURN f.id AS filmId, f.reviewCount AS reviewCount
