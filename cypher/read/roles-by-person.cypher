// The characters each person plays, newest film first, each with its film (the query's next
// level, Role.film, then reads it from memory instead of running films-by-id.cypher).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[:PLAYED]->(r:Role)-[:IN]->(f:Film)
WITH id, p, r, f ORDER BY f.year DESC, f.title
RETURN id, collect(r {.id, .name, filmId: f.id, personId: p.id,
  film: f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}}) AS nodes
