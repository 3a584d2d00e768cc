// How many films there are: answered from Neo4j's count store (no scan), whatever the catalog size.
MATCH (f:Film)
RETURN count(f) AS count
