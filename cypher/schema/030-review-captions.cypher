// Reviews read well in Neo4j Browser: a `caption` ("<critic> on <film>", as cypher/write/store-review.cypher
// sets it on every review it stores), and the seed review's provenance instead of the path of the
// file it was first read from.
MATCH (r:Review)
WHERE r.source STARTS WITH 'shared/seeds/'
SET r.source = 'film-graph sample review';

MATCH (r:Review)-[:REVIEWS]->(f:Film)
WHERE r.caption IS NULL
SET r.caption = coalesce(r.author, r.source, 'A review') + ' on ' + f.title;
