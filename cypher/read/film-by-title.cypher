// A film by its title key (the folded key of its title); the newest one unless a year is given (undated films last).
// With it, in the same statement, the neighbours the query asks for ($include: {directors,
// writers, cast, themes, genres}: booleans; null lists when not asked), in the order and shape of
// directors-, writers-, cast-, themes- and genres-by-film.cypher: a film page is one round trip.
// :param titleKey => 'sound-of-metal'; :param year => null
// :param include => {directors: true, writers: false, cast: true, themes: true, genres: false}
MATCH (f:Film {titleKey: $titleKey})
WHERE $year IS NULL OR f.year = $year
WITH f ORDER BY f.year IS NULL, f.year DESC LIMIT 1
RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId} AS node,
  CASE WHEN $include.directors THEN COLLECT {
    MATCH (f)<-[:DIRECTED]-(p:Person) RETURN p {.id, .name, .imdbId, .wikidataId} ORDER BY p.name
  } END AS directors,
  CASE WHEN $include.writers THEN COLLECT {
    MATCH (f)<-[:WROTE]-(p:Person) RETURN p {.id, .name, .imdbId, .wikidataId} ORDER BY p.name
  } END AS writers,
  CASE WHEN $include.cast THEN COLLECT {
    MATCH (f)<-[:IN]-(r:Role)
    OPTIONAL MATCH (p:Person)-[:PLAYED]->(r)
    RETURN r {.id, .name, filmId: f.id, personId: p.id, person: p {.id, .name, .imdbId, .wikidataId}} ORDER BY coalesce(r.billing, 1000), r.name
  } END AS cast,
  CASE WHEN $include.themes THEN COLLECT {
    MATCH (f)-[e:EXPLORES]->(t:Theme) RETURN t {.id, .name, .synonyms} ORDER BY e.weight DESC, t.name
  } END AS themes,
  CASE WHEN $include.genres THEN COLLECT {
    MATCH (f)-[:HAS_GENRE]->(g:Genre) RETURN g {.id, .name, filmCount: COUNT { (g)<-[:HAS_GENRE]-() }} ORDER BY g.name
  } END AS genres
