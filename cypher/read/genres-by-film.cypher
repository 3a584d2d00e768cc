// The genres of each film, by name.
UNWIND $ids AS id
MATCH (:Film {id: id})-[:HAS_GENRE]->(g:Genre)
WITH id, g ORDER BY g.name
RETURN id, collect(g {.id, .name, filmCount: COUNT { (g)<-[:HAS_GENRE]-(:Film) }}) AS nodes
