// Every genre with how many films have it, by name. The count is the genre's HAS_GENRE degree
// (only films have genres), read without visiting the films.
MATCH (g:Genre)
RETURN g {.id, .name, filmCount: COUNT { (g)<-[:HAS_GENRE]-() }} AS node
ORDER BY g.name
