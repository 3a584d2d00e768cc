UNWIND $ids AS id
MATCH (t:Theme {id: id})
RETURN id, t {.id, .name, .synonyms} AS node
