// Recounts a film's consensus aggregates from its reviews (docs/consensus.md): on the film
// negativeReviewCount (src/graphql/verdict.ts's rule: the score when there is one, up to
// $negativeScoreTo; else the sentiment, below $negativeBelow), sentimentCount (reviews with a
// sentiment), sentimentSum and sentimentSquareSum (of those sentiments), all null for a film
// without reviews; per aspect its reviews judge, the film's JUDGED_ON link with the tally (positive,
// negative, mixed, neutral, total judgements) and the quotes: praise (of the POSITIVE judgements)
// and criticism (of the NEGATIVE ones), each the judgement of the review with the highest (praise)
// or lowest (criticism) sentiment, none counting as 0, the oldest review first on a tie, then review
// id, then start: its review id, evidence, the review's sentiment and createdAt, its start.
// Runs when a film's aggregates are missing (a film reviewed before they existed: the back-fill of
// data migration 050, and a review write that finds them missing); review writes otherwise apply
// deltas (apply-film-review-deltas.cypher). Costs the film's reviews and their judgements.
// Links are updated in place, in aspect id order, a missing one CREATEd, as refresh-film-themes.cypher
// does with EXPLORES (and for the same reasons). The film's write lock is taken first (SET _LOCK_).
// :param filmId => 'sound-of-metal-2019'; :param negativeBelow => -0.2; :param negativeScoreTo => 39
MATCH (f:Film {id: $filmId})
SET f._LOCK_ = true
WITH f
CALL (f) {
  OPTIONAL MATCH (f)<-[:REVIEWS]-(r:Review)
  RETURN count(r) AS reviews,
         count(CASE WHEN r.score <= $negativeScoreTo OR (r.score IS NULL AND r.sentiment < $negativeBelow) THEN 1 END) AS negative,
         count(r.sentiment) AS sentiments,
         sum(r.sentiment) AS sentimentSum,
         sum(r.sentiment * r.sentiment) AS sentimentSquareSum
}
SET f.negativeReviewCount = CASE WHEN reviews = 0 THEN null ELSE negative END,
    f.sentimentCount = CASE WHEN reviews = 0 THEN null ELSE sentiments END,
    f.sentimentSum = CASE WHEN reviews = 0 THEN null ELSE toFloat(sentimentSum) END,
    f.sentimentSquareSum = CASE WHEN reviews = 0 THEN null ELSE toFloat(sentimentSquareSum) END
WITH f
CALL (f) {
  MATCH (f)-[gone:JUDGED_ON]->(a:Aspect)
  WHERE NOT EXISTS { (f)<-[:REVIEWS]-(:Review)-[:JUDGES]->(a) }
  WITH gone, a ORDER BY a.id
  DELETE gone
}
CALL (f) {
  MATCH (f)<-[:REVIEWS]-(r:Review)-[j:JUDGES]->(a:Aspect)
  WITH a, r, j ORDER BY a.id, r.createdAt, r.id, j.start
  WITH a, collect({polarity: j.polarity, reviewId: r.id, evidence: j.evidence, sentiment: coalesce(r.sentiment, 0.0),
                   createdAt: r.createdAt, start: j.start}) AS judgements
  // In order of createdAt, id, start: a strictly better sentiment replaces, so the first one wins a tie.
  WITH a, judgements,
       reduce(best = null, x IN judgements |
              CASE WHEN x.polarity = 'POSITIVE' AND (best IS NULL OR x.sentiment > best.sentiment) THEN x ELSE best END) AS praise,
       reduce(best = null, x IN judgements |
              CASE WHEN x.polarity = 'NEGATIVE' AND (best IS NULL OR x.sentiment < best.sentiment) THEN x ELSE best END) AS criticism
  ORDER BY a.id
  OPTIONAL MATCH (f)-[old:JUDGED_ON]->(a)
  CALL (f, a, old) {
    WITH * WHERE old IS NULL
    CREATE (f)-[new:JUDGED_ON]->(a)
    RETURN new
  UNION
    WITH * WHERE old IS NOT NULL
    RETURN old AS new
  }
  SET new.positive = size([x IN judgements WHERE x.polarity = 'POSITIVE']),
      new.negative = size([x IN judgements WHERE x.polarity = 'NEGATIVE']),
      new.mixed = size([x IN judgements WHERE x.polarity = 'MIXED']),
      new.neutral = size([x IN judgements WHERE x.polarity = 'NEUTRAL']),
      new.total = size(judgements),
      new.praiseReviewId = praise.reviewId, new.praiseEvidence = praise.evidence, new.praiseSentiment = praise.sentiment,
      new.praiseCreatedAt = praise.createdAt, new.praiseStart = praise.start,
      new.criticismReviewId = criticism.reviewId, new.criticismEvidence = criticism.evidence,
      new.criticismSentiment = criticism.sentiment, new.criticismCreatedAt = criticism.createdAt, new.criticismStart = criticism.start
  RETURN count(new) AS aspects
}
REMOVE f._LOCK_
RETURN f.id AS filmId, aspects
