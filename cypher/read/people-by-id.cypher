UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, p {.id, .name, .imdbId, .wikidataId} AS node
