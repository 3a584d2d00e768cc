// Every genre with how many films have it, by name.
MATCH (g:Genre)
RETURN g {.id, .name, filmCount: COUNT { (g)<-[:HAS_GENRE]-(:Film) }} AS node
ORDER BY g.name
