// A person by the slug of their name (case- and accent-insensitive).
// With it, when the query asks for them ($include.roles: boolean; null when not asked), the
// characters they play with their films, in the shape of roles-by-person.cypher (the same block;
// $include.roleFilmDetails: each film with every property): a person page is one round trip.
// :param id => 'paul-raci'
// :param include => {roles: true, roleFilmDetails: false}
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .imdbId, .wikidataId} AS node,
  CASE WHEN $include.roles THEN COLLECT {
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
  } END AS roles
