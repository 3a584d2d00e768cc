// Data migration 046: sets Review.filmId (the id of the film the review is of, migration 045) on
// the next $limit reviews after the id $after, in id order (an ordered scan of the Review(id)
// constraint's index: each batch costs its reviews). Returns the last id of the batch, or null
// when there are no more reviews.
// :param after => ''; :param limit => 5000
MATCH (r:Review)
WHERE r.id > $after
WITH r ORDER BY r.id LIMIT $limit
OPTIONAL MATCH (r)-[:REVIEWS]->(f:Film)
SET r.filmId = f.id
RETURN max(r.id) AS last
