// The genres of each film, by name. filmCount is the genre's HAS_GENRE degree (only films have
// genres), read from the node's degree without visiting the films: a few db hits per genre.
UNWIND $ids AS id
MATCH (:Film {id: id})-[:HAS_GENRE]->(g:Genre)
WITH id, g ORDER BY g.name
RETURN id, collect(g {.id, .name, filmCount: COUNT { (g)<-[:HAS_GENRE]-() }}) AS nodes
