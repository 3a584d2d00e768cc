// Theme pairs discussed in the same reviews, most often first (each pair once, by theme id).
// :param minCount => 1; :param limit => 10
MATCH (a:Theme)<-[:DISCUSSES]-(r:Review)-[:DISCUSSES]->(b:Theme)
WHERE a.id < b.id
WITH a, b, count(DISTINCT r) AS count
WHERE count >= $minCount
ORDER BY count DESC, a.name, b.name
LIMIT $limit
RETURN [t IN [a, b] | t {.id, .name, .synonyms}] AS themes, count
