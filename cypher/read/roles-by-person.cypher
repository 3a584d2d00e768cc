// The characters each person plays, newest film first, each with its film (the query's next
// level, Role.film, then reads it from memory instead of running films-by-id.cypher).
// The block is the one of person-by-name.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param ids => ['paul-raci']
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, COLLECT {
    // <person-roles>
    MATCH (p)-[:PLAYED]->(r:Role)-[:IN]->(f:Film)
    RETURN r {.id, .name, filmId: f.id, personId: p.id,
      film: f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}}
    ORDER BY f.year DESC, f.title
    // </person-roles>
  } AS nodes
