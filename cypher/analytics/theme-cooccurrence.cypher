// Theme co-occurrence: pairs of themes that the same films explore, most frequent first.
// A film counts for a pair when it EXPLORES both themes; `reviews` counts the reviews that
// discuss both themes themselves.
// Parameters (paste these lines into Neo4j Browser first):
// :param minFilms => 1
// :param limit => 20
MATCH (a:Theme)<-[:EXPLORES]-(f:Film)-[:EXPLORES]->(b:Theme)
WHERE a.name < b.name
WITH a, b, count(DISTINCT f) AS films, collect(DISTINCT f.title)[..5] AS exampleFilms
WHERE films >= $minFilms
OPTIONAL MATCH (a)<-[:DISCUSSES]-(r:Review)-[:DISCUSSES]->(b)
WITH a, b, films, exampleFilms, count(DISTINCT r) AS reviews
RETURN a.name AS theme, b.name AS otherTheme, films, reviews, exampleFilms
ORDER BY films DESC, reviews DESC, theme, otherTheme
LIMIT toInteger($limit)
