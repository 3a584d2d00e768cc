// One page of reviews for each requested film, newest first, keyset-paginated on (createdAt, id).
// $requests: [{filmId, limit, afterCreatedAt, afterId}] (afterCreatedAt: ISO 8601 text of a DateTime)
UNWIND $requests AS request
OPTIONAL MATCH (r:Review)-[:REVIEWS]->(:Film {id: request.filmId})
WITH request, r
ORDER BY r.createdAt DESC, r.id DESC
WITH request, collect(r) AS reviews
WITH request, reviews, [r IN reviews WHERE request.afterId IS NULL
                          OR r.createdAt < datetime(request.afterCreatedAt)
                          OR (r.createdAt = datetime(request.afterCreatedAt) AND r.id < request.afterId)] AS rest
RETURN request.filmId AS filmId,
       request.afterId AS afterId,
       request.limit AS limit,
       size(reviews) AS totalCount,
       [r IN rest[..request.limit + 1] |
         r {.id, .text, .sentiment, .rating, .score, .language, .author, .source, .publishedAt, .url, .createdAt, .unresolvedMentions, .recommendations, filmId: request.filmId}] AS nodes
