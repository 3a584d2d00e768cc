// What each of the given reviews adds to its film's maintained aggregates (docs/performance.md,
// docs/consensus.md): whether it has a verdict (judged) and whether that verdict is positive or
// negative (src/graphql/verdict.ts's rule: the score when there is one, from $positiveScoreFrom /
// up to $negativeScoreTo; else the sentiment, above $positiveAbove / below $negativeBelow), its
// score, sentiment, createdAt, the salience it gives each theme it discusses, and its aspect
// judgements (aspect id, polarity, evidence, start offset; in aspect id order, then start).
// Run inside a review write's transaction, before and after the write: the difference is the
// delta apply-film-review-deltas.cypher adds to the film. Reviews that do not exist give no row.
// :param reviewIds => ['sound-of-metal-2019/review-0123456789abcdef']; :param positiveAbove => 0.2; :param positiveScoreFrom => 61
// :param negativeBelow => -0.2; :param negativeScoreTo => 39
UNWIND $reviewIds AS reviewId
MATCH (r:Review {id: reviewId})-[:REVIEWS]->(f:Film)
RETURN {
  id: r.id,
  filmId: f.id,
  judged: r.score IS NOT NULL OR r.sentiment IS NOT NULL,
  positive: coalesce(r.score >= $positiveScoreFrom OR (r.score IS NULL AND r.sentiment > $positiveAbove), false),
  negative: coalesce(r.score <= $negativeScoreTo OR (r.score IS NULL AND r.sentiment < $negativeBelow), false),
  score: r.score,
  sentiment: r.sentiment,
  createdAt: r.createdAt,
  themes: COLLECT {
    MATCH (r)-[d:DISCUSSES]->(t:Theme)
    WITH t.id AS themeId, sum(d.salience) AS salience
    ORDER BY themeId
    RETURN {themeId: themeId, salience: salience}
  },
  judgements: COLLECT {
    MATCH (r)-[j:JUDGES]->(a:Aspect)
    RETURN {aspectId: a.id, polarity: j.polarity, evidence: j.evidence, start: j.start}
    ORDER BY a.id, j.start
  }
} AS contribution
