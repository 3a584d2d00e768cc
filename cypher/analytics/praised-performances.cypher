// Praised performances: actors whose performance (the person or the character they play) the
// reviews of that film mention positively, with a sentence that says so.
// Parameters (paste these lines into Neo4j Browser first):
// :param minMentions => 1
// :param limit => 20
MATCH (p:Person)-[:PLAYED]->(role:Role)-[:IN]->(f:Film)<-[:REVIEWS]-(r:Review)-[m:MENTIONS]->(target)
WHERE (target = p OR target = role) AND m.polarity = 'POSITIVE'
WITH p, role, f, count(m) AS positiveMentions, count(DISTINCT r) AS reviews, collect(m.evidence)[0] AS evidence
WHERE positiveMentions >= $minMentions
OPTIONAL MATCH (f)<-[:REVIEWS]-(:Review)-[neg:MENTIONS]->(t)
WHERE (t = p OR t = role) AND neg.polarity = 'NEGATIVE'
RETURN p.name AS person, role.name AS role, f.title AS film, f.year AS year,
       positiveMentions, count(neg) AS negativeMentions, reviews, evidence
ORDER BY positiveMentions DESC, negativeMentions, person
LIMIT toInteger($limit)
