// Performances (a person in a role in a film) ranked by the reviews of that film that mention the
// person or the character positively; starts from the mentions, so it scales with the reviews.
// :param limit => 10
MATCH (r:Review)-[m:MENTIONS]->(target)
MATCH (r)-[:REVIEWS]->(f:Film)<-[:IN]-(role:Role)<-[:PLAYED]-(p:Person)
WHERE target = role OR target = p
WITH p, role, f, r, m ORDER BY r.createdAt, m.start
WITH p, role, f, count(DISTINCT r) AS mentions,
     count(DISTINCT CASE WHEN m.polarity = 'POSITIVE' THEN r END) AS positiveMentions,
     collect(CASE WHEN m.polarity = 'POSITIVE' THEN m.evidence END)[0] AS evidence
WHERE positiveMentions > 0
ORDER BY positiveMentions DESC, mentions DESC, p.name, role.id
LIMIT $limit
RETURN p {.id, .name} AS person, role {.id, .name, filmId: f.id, personId: p.id} AS role,
       f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource} AS film, positiveMentions, mentions, evidence
