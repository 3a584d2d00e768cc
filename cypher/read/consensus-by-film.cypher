// What each film's reviews say: each review's sentiment and score (either may be null) and every
// aspect judgement, with the review's sentiment so the most positive / negative quote can be
// chosen (oldest review first). Counts and tallies are computed from these (src/graphql/consensus.ts).
// $consensusQuotes: whether the judgements come with their evidence (praise and criticism quote
// it; the tallies do not need it: null when not asked).
// The block is the one of film-by-title.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param ids => ['sound-of-metal-2019']; :param consensusQuotes => true
UNWIND $ids AS id
MATCH (f:Film {id: id})
RETURN id, {
    // <consensus>
    reviews: COLLECT { MATCH (f)<-[:REVIEWS]-(r:Review) RETURN {sentiment: r.sentiment, score: r.score} },
    judgements: COLLECT {
      MATCH (f)<-[:REVIEWS]-(r:Review)-[j:JUDGES]->(a:Aspect)
      RETURN {aspect: a.name, polarity: j.polarity, evidence: CASE WHEN $consensusQuotes THEN j.evidence END, reviewId: r.id, sentiment: r.sentiment}
      ORDER BY r.createdAt, r.id, j.start
    }
    // </consensus>
  } AS consensus
