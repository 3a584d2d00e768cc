UNWIND $ids AS id
MATCH (:Theme {id: id})-[:BROADER]->(t:Theme)
WITH id, t ORDER BY t.name
RETURN id, collect(t {.id, .name, .synonyms}) AS nodes
