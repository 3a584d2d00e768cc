// What each of the given reviews adds to its film's maintained aggregates (docs/performance.md):
// whether it has a verdict (judged) and whether that verdict is positive (src/graphql/verdict.ts's
// rule: the score when there is one, from $positiveScoreFrom; else the sentiment, above
// $positiveAbove), its score, createdAt, and the salience it gives each theme it discusses.
// Run inside a review write's transaction, before and after the write: the difference is the
// delta apply-film-review-deltas.cypher adds to the film. Reviews that do not exist give no row.
// :param reviewIds => ['sound-of-metal-2019/review-0123456789abcdef']; :param positiveAbove => 0.2; :param positiveScoreFrom => 61
UNWIND $reviewIds AS reviewId
MATCH (r:Review {id: reviewId})-[:REVIEWS]->(f:Film)
RETURN {
  id: r.id,
  filmId: f.id,
  judged: r.score IS NOT NULL OR r.sentiment IS NOT NULL,
  positive: coalesce(r.score >= $positiveScoreFrom OR (r.score IS NULL AND r.sentiment > $positiveAbove), false),
  score: r.score,
  createdAt: r.createdAt,
  themes: COLLECT {
    MATCH (r)-[d:DISCUSSES]->(t:Theme)
    WITH t.id AS themeId, sum(d.salience) AS salience
    ORDER BY themeId
    RETURN {themeId: themeId, salience: salience}
  }
} AS contribution
