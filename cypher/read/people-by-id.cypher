UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, p {.id, .name} AS node
