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
    // Each role's film: id, title and year, or every property when the query asks one of the others
    // ($include.roleFilmDetails, src/graphql/role-film-fields.ts). Unordered: the service orders the
    // roles newest film first (src/graphql/newest-film-first.ts), which here would read each year and title again.
    MATCH (p)-[:PLAYED]->(pr:Role)-[:IN]->(pf:Film)
    RETURN pr {.id, .name, personId: p.id,
      film: CASE WHEN $include.roleFilmDetails
        THEN pf {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}
        ELSE pf {.id, .title, .year} END}
    // </person-roles>
  } END AS roles
