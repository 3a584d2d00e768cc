// What each film's reviews say: each review's sentiment and score (either may be null) and every
// aspect judgement, with the review's sentiment so the most positive / negative quote can be
// chosen (oldest review first). Counts and tallies are computed from these (src/graphql/consensus.ts).
// The block is the one of film-by-title.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param ids => ['sound-of-metal-2019']
UNWIND $ids AS id
MATCH (f:Film {id: id})
RETURN id, {
    // <consensus>
    reviews: COLLECT { MATCH (f)<-[:REVIEWS]-(r:Review) RETURN {sentiment: r.sentiment, score: r.score} },
    judgements: COLLECT {
      MATCH (f)<-[:REVIEWS]-(r:Review)-[j:JUDGES]->(a:Aspect)
      RETURN {aspect: a.name, polarity: j.polarity, evidence: j.evidence, reviewId: r.id, sentiment: r.sentiment}
      ORDER BY r.createdAt, r.id, j.start
    }
    // </consensus>
  } AS consensus
