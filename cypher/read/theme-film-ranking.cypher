// For each theme, the films whose reviews tie them to it most strongly: the sum of the theme's
// salience over the film's reviews, with the sentence of the most salient discussion.
// $requests: [{id, limit}]
// :param requests => [{id: 'deafness', limit: 10}]
UNWIND $requests AS request
MATCH (:Theme {id: request.id})<-[d:DISCUSSES]-(r:Review)-[:REVIEWS]->(f:Film)
WITH request, f, d ORDER BY d.salience DESC, r.id
WITH request, f, sum(d.salience) AS strength, count(d) AS reviewCount, collect(d.evidence)[0] AS evidence
ORDER BY strength DESC, f.titleKey, f.id
WITH request, collect({film: f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}, strength: strength, reviewCount: reviewCount, evidence: evidence}) AS ranked
RETURN request.id AS id, request.limit AS limit, ranked[..request.limit] AS nodes
