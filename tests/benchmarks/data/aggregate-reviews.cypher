// After a bulk load of reviews: what the review writes maintain per film, for every reviewed film
// in batches (an auto-commit query: CALL ... IN TRANSACTIONS). The themes a film explores as
// cypher/write/refresh-film-themes.cypher aggregates them (weight = mean salience over the film's
// reviews), and the review-derived sort keys of docs/performance.md (reviewCount, positiveShare =
// share of reviews with sentiment > 0.2, latestReviewAt = createdAt of the newest review).
MATCH (f:Film) WHERE EXISTS { (f)<-[:REVIEWS]-(:Review) }
CALL (f) {
  MATCH (f)<-[:REVIEWS]-(r:Review)
  WITH f, count(r) AS n, count(CASE WHEN r.sentiment > 0.2 THEN 1 END) AS positive, max(r.createdAt) AS latest
  SET f.reviewCount = n, f.positiveShare = toFloat(positive) / n, f.latestReviewAt = latest
  WITH f, n
  MATCH (f)<-[:REVIEWS]-(r:Review)-[d:DISCUSSES]->(t:Theme)
  WITH f, n, t, sum(d.salience) AS total, count(DISTINCT r) AS reviews
  MERGE (f)-[e:EXPLORES]->(t)
  SET e.source = 'reviews', e.weight = total / n, e.reviewCount = reviews
} IN TRANSACTIONS OF 200 ROWS
