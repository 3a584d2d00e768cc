// A person by the slug of their name (case- and accent-insensitive).
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .imdbId, .wikidataId} AS node
