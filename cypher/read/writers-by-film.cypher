UNWIND $ids AS id
MATCH (:Film {id: id})<-[:WROTE]-(p:Person)
WITH id, p ORDER BY p.name
RETURN id, collect(p {.id, .name}) AS nodes
