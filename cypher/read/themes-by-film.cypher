// The themes each film explores, strongest first.
UNWIND $ids AS id
MATCH (:Film {id: id})-[e:EXPLORES]->(t:Theme)
WITH id, t, e ORDER BY e.weight DESC, t.name
RETURN id, collect(t {.id, .name, .synonyms}) AS nodes
