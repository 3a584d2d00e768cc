// Takes the write lock of a review's film before the review is deleted (see lock-film.cypher).
// A delete that waited for this lock then sees whether another transaction deleted the review.
// Answers the film's id; no row when there is no such review.
// :param reviewId => 'sound-of-metal-2019/review-0123456789abcdef'
MATCH (:Review {id: $reviewId})-[:REVIEWS]->(f:Film)
SET f.id = f.id
RETURN f.id AS filmId
