// For each theme, the themes discussed in the same reviews, most shared reviews first.
// $requests: [{id, limit}]
// :param requests => [{id: 'deafness', limit: 10}]
UNWIND $requests AS request
MATCH (t:Theme {id: request.id})<-[:DISCUSSES]-(r:Review)-[:DISCUSSES]->(other:Theme)
WHERE other <> t
WITH request, other, count(DISTINCT r) AS sharedReviews
ORDER BY sharedReviews DESC, other.name
WITH request, collect({theme: other {.id, .name, .synonyms}, sharedReviews: sharedReviews}) AS related
RETURN request.id AS id, request.limit AS limit, related[..request.limit] AS nodes
