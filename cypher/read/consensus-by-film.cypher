// What each film's reviews say: their sentiments and scores (one {sentiment, score} per review;
// either may be null) and every aspect judgement, with the review's sentiment so the most positive /
// negative quote can be chosen. Tallies are computed from these.
// :param ids => ['sound-of-metal-2019']
UNWIND $ids AS id
MATCH (f:Film {id: id})
CALL (f) {
  OPTIONAL MATCH (r:Review)-[:REVIEWS]->(f)
  RETURN collect(r.sentiment) AS sentiments, count(r) AS reviewCount,
         [x IN collect({sentiment: r.sentiment, score: r.score}) WHERE x.sentiment IS NOT NULL OR x.score IS NOT NULL] AS verdictInputs
}
CALL (f) {
  OPTIONAL MATCH (r:Review)-[:REVIEWS]->(f)
  OPTIONAL MATCH (r)-[j:JUDGES]->(a:Aspect)
  WITH r, j, a WHERE a IS NOT NULL
  ORDER BY r.createdAt, r.id, j.start
  RETURN collect({aspect: a.name, polarity: j.polarity, evidence: j.evidence, reviewId: r.id,
                  sentiment: r.sentiment}) AS judgements
}
RETURN id, reviewCount, sentiments, verdictInputs, judgements
