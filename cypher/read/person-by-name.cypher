// A person by the slug of their name (case- and accent-insensitive).
// With it, when the query asks for them ($include.roles: boolean; null when not asked), the
// characters they play with their films, in the order and shape of roles-by-person.cypher: a
// person page is one round trip.
// :param id => 'paul-raci'; :param include => {roles: true}
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .imdbId, .wikidataId} AS node,
  CASE WHEN $include.roles THEN COLLECT {
    // <person-roles>
    MATCH (p)-[:PLAYED]->(r:Role)-[:IN]->(f:Film)
    RETURN r {.id, .name, filmId: f.id, personId: p.id,
      film: f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}}
    ORDER BY f.year DESC, f.title
    // </person-roles>
  } END AS roles
