// Recomputes the review-derived sort keys of the given films from their reviews (docs/performance.md):
// reviewCount; positiveShare = positive verdicts / reviews with a verdict (0.0 when none has one);
// latestReviewAt (newest createdAt); meanScore (mean of the non-null scores); all null for a film
// without reviews. A review's verdict is src/graphql/verdict.ts's: from its score when it has one
// (positive from $positiveScoreFrom), else from its sentiment (positive above $positiveAbove);
// neither (a language the analysis cannot read): no verdict. Also sets the counters the review writes
// add their deltas to (apply-film-review-deltas.cypher): judgedReviewCount, positiveReviewCount,
// scoredReviewCount, scoreSum.
// Runs as the back-fill of migration 011, and in a review write's transaction when the film's
// counters are missing (a film reviewed before they existed).
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
         count(r.score) AS scored,
         sum(r.score) AS scoreSum,
         max(r.createdAt) AS latest,
         avg(r.score) AS meanScore
}
SET f.reviewCount = CASE WHEN reviews = 0 THEN null ELSE reviews END,
    f.positiveShare = CASE WHEN reviews = 0 THEN null WHEN judged = 0 THEN 0.0 ELSE toFloat(positive) / judged END,
    f.latestReviewAt = latest,
    f.meanScore = CASE WHEN meanScore IS NULL THEN null ELSE toFloat(meanScore) END,
    f.judgedReviewCount = CASE WHEN reviews = 0 THEN null ELSE judged END,
    f.positiveReviewCount = CASE WHEN reviews = 0 THEN null ELSE positive END,
    f.scoredReviewCount = CASE WHEN reviews = 0 THEN null ELSE scored END,
    f.scoreSum = CASE WHEN reviews = 0 THEN null ELSE scoreSum END
REMOVE f._LOCK_
RETURN f.id AS filmId, f.reviewCount AS reviewCount
