// How many themes there are: answered from Neo4j's count store (no scan).
MATCH (t:Theme)
RETURN count(t) AS count
