// How many people there are: answered from Neo4j's count store (no scan).
MATCH (p:Person)
RETURN count(p) AS count
