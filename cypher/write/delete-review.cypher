// Deletes a review with every link derived from it (MENTIONS, DISCUSSES, JUDGES, REVIEWS).
// The links to shared nodes go first, in one fixed order (people, characters, themes, aspects, each
// by id: the order store-review.cypher creates them in), so concurrent writes cannot deadlock.
// Answers the review's film so its themes can be re-aggregated; no row when there is no such review.
// :param reviewId => 'sound-of-metal-2019/review-0123456789abcdef'
MATCH (r:Review {id: $reviewId})
OPTIONAL MATCH (r)-[:REVIEWS]->(f:Film)
WITH r, f.id AS filmId
CALL (r) {
  MATCH (r)-[link:MENTIONS|DISCUSSES|JUDGES]->(target)
  WITH link, target
  ORDER BY CASE WHEN target:Person THEN 0 WHEN target:Role THEN 1 WHEN target:Theme THEN 2 ELSE 3 END, target.id
  DELETE link
}
DETACH DELETE r
RETURN filmId
