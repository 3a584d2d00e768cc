// Deletes a review with every link derived from it (MENTIONS, DISCUSSES, JUDGES, REVIEWS).
// Answers the review's film so its themes can be re-aggregated; no row when there is no such review.
// :param reviewId => 'sound-of-metal-2019/review-0123456789abcdef'
MATCH (r:Review {id: $reviewId})
OPTIONAL MATCH (r)-[:REVIEWS]->(f:Film)
WITH r, f.id AS filmId
DETACH DELETE r
RETURN filmId
