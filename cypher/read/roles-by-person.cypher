// The characters each person plays, each with its film (the query's next level, Role.film, then
// reads it from the role instead of running films-by-id.cypher): the film's id, title and year, or
// every property when $include.roleFilmDetails. The service orders them newest film first.
// The block is the one of person-by-name.cypher and film-by-title.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param ids => ['paul-raci']
// :param include => {roleFilmDetails: false}
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, COLLECT {
    // <person-roles>
    // Each role's film: id, title and year, or every property when the query asks one of the others
    // ($include.roleFilmDetails, src/graphql/role-film-fields.ts). Unordered: the service orders the
    // roles newest film first (src/graphql/newest-film-first.ts), which here would read each year and title again.
    MATCH (p)-[:PLAYED]->(pr:Role)-[:IN]->(pf:Film)
    RETURN pr {.id, .name, personId: p.id,
      film: CASE WHEN $include.roleFilmDetails
        THEN pf {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}
        ELSE pf {.id, .title, .year} END}
    // </person-roles>
  } AS nodes
