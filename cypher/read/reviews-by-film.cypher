// One page of reviews for each requested film, newest first, keyset-paginated on (createdAt, id).
// $requests: [{filmId, limit, afterCreatedAt, afterId}] (afterCreatedAt: ISO 8601 text of a DateTime)
// With each review, the links the query asks for ($include: {themeLinks, aspects, mentions}:
// booleans; null when not asked), in the order and shape of theme-links-, aspects- and
// mentions-by-review.cypher: a page of reviews with their links is one round trip.
// :param include => {themeLinks: true, aspects: true, mentions: true}
UNWIND $requests AS request
OPTIONAL MATCH (r:Review)-[:REVIEWS]->(:Film {id: request.filmId})
WITH request, r
ORDER BY r.createdAt DESC, r.id DESC
WITH request, collect(r) AS reviews
WITH request, reviews, [r IN reviews WHERE request.afterId IS NULL
                          OR r.createdAt < datetime(request.afterCreatedAt)
                          OR (r.createdAt = datetime(request.afterCreatedAt) AND r.id < request.afterId)] AS rest
CALL (request, rest) {
  UNWIND rest[..request.limit + 1] AS r
  RETURN collect(r {.id, .text, .sentiment, .rating, .score, .language, .author, .source, .publishedAt, .url, .createdAt, .unresolvedMentions,
    .recommendations, filmId: request.filmId,
    themeLinks: CASE WHEN $include.themeLinks THEN COLLECT {
      MATCH (r)-[d:DISCUSSES]->(t:Theme)
      RETURN {theme: t {.id, .name, .synonyms}, salience: d.salience, evidence: d.evidence} ORDER BY d.salience DESC, t.name
    } END,
    aspects: CASE WHEN $include.aspects THEN COLLECT {
      MATCH (r)-[j:JUDGES]->(a:Aspect)
      RETURN {aspect: a.name, polarity: j.polarity, evidence: j.evidence, start: j.start, end: j.end} ORDER BY j.start, a.name
    } END,
    mentions: CASE WHEN $include.mentions THEN COLLECT {
      MATCH (r)-[m:MENTIONS]->(t)
      WHERE t:Person OR t:Role
      RETURN {
        targetType: CASE WHEN t:Role THEN 'Role' ELSE 'Person' END,
        target: t {.id, .name, filmId: [(t)-[:IN]->(f:Film) | f.id][0], personId: [(p:Person)-[:PLAYED]->(t) | p.id][0]},
        polarity: m.polarity, evidence: m.evidence, start: m.start, end: m.end
      } ORDER BY m.start, t.name
    } END}) AS nodes
}
RETURN request.filmId AS filmId,
       request.afterId AS afterId,
       request.limit AS limit,
       size(reviews) AS totalCount,
       nodes
