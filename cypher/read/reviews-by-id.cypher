UNWIND $ids AS id
MATCH (r:Review {id: id})-[:REVIEWS]->(f:Film)
RETURN id, r {.id, .text, .sentiment, .rating, .score, .language, .author, .source, .publishedAt, .url, .createdAt, .unresolvedMentions, .recommendations, filmId: f.id} AS node
