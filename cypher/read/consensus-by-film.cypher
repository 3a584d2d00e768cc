// What each film's critics agree on, from the aggregates the review writes maintain
// (docs/consensus.md), so the cost does not grow with the film's reviews: the film's review counters
// and sentiment sums, and per aspect its JUDGED_ON tally with the praise and criticism quotes.
// The consensus is computed from these (src/graphql/consensus.ts).
// $consensusQuotes: whether the quotes come with the tallies (praise and criticism quote them; the
// tallies do not need them: null when not asked).
// The block is the one of film-by-title.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param ids => ['sound-of-metal-2019']; :param consensusQuotes => true
UNWIND $ids AS id
MATCH (f:Film {id: id})
RETURN id, {
    // <consensus>
    counts: f {.reviewCount, .judgedReviewCount, .positiveReviewCount, .negativeReviewCount, .scoredReviewCount, .scoreSum,
               .sentimentCount, .sentimentSum, .sentimentSquareSum},
    aspects: COLLECT {
      MATCH (f)-[t:JUDGED_ON]->(a:Aspect)
      RETURN {aspect: a.name, positive: t.positive, negative: t.negative, mixed: t.mixed, neutral: t.neutral, total: t.total,
              praise: CASE WHEN $consensusQuotes AND t.praiseReviewId IS NOT NULL THEN {evidence: t.praiseEvidence, reviewId: t.praiseReviewId} END,
              criticism: CASE WHEN $consensusQuotes AND t.criticismReviewId IS NOT NULL THEN {evidence: t.criticismEvidence, reviewId: t.criticismReviewId} END}
    }
    // </consensus>
  } AS consensus
