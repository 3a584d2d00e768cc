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
    // Each role as a list (src/graphql/role-rows.ts): [role id, role name, film id, film title, film year,
    // film], the last the film with every property when the query asks one of the others
    // ($include.roleFilmDetails, src/graphql/role-film-fields.ts), else null. A list, not a map: the
    // driver decodes a map's keys again in every map, which cost the service about as much as the values.
    // Each node's properties read through a map projection (one read a node; `pr.id, pr.name` would be two).
    // Unordered: the service orders the roles newest film first (src/graphql/newest-film-first.ts),
    // which here would read each year and title again.
    MATCH (p)-[:PLAYED]->(pr:Role)-[:IN]->(pf:Film)
    WITH pr {.id, .name} AS roleProps, CASE WHEN $include.roleFilmDetails
      THEN pf {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}
      ELSE pf {.id, .title, .year} END AS filmProps
    RETURN [roleProps.id, roleProps.name, filmProps.id, filmProps.title, filmProps.year, CASE WHEN $include.roleFilmDetails THEN filmProps END]
    // </person-roles>
  } AS nodes
