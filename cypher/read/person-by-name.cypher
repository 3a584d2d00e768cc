// A person by the slug of their name (case- and accent-insensitive).
// With it, when the query asks for them ($include.roles: boolean; null when not asked), the
// characters they play with their films, in the order and shape of roles-by-person.cypher: a
// person page is one round trip.
// $include.roleFilm: which optional properties of each role's film to read (as in roles-by-person.cypher).
// :param id => 'paul-raci'
// :param include => {roles: true, roleFilm: {runtimeMinutes: false, releaseDate: false, rottenTomatoesRating: false, imdbRating: false, imdbVotes: false, scoresSource: false, imdbId: false, wikidataId: false}}
MATCH (p:Person {id: $id})
RETURN p {.id, .name, .imdbId, .wikidataId} AS node,
  CASE WHEN $include.roles THEN COLLECT {
    // <person-roles>
    MATCH (p)-[:PLAYED]->(pr:Role)-[:IN]->(pf:Film)
    RETURN pr {.id, .name, filmId: pf.id, personId: p.id,
      // The film's properties the query asks for ($include.roleFilm, src/graphql/role-film-fields.ts): the others are null, unread.
      film: pf {.id, .title, .year,
        runtimeMinutes: CASE WHEN $include.roleFilm.runtimeMinutes THEN pf.runtimeMinutes END,
        releaseDate: CASE WHEN $include.roleFilm.releaseDate THEN pf.releaseDate END,
        rottenTomatoesRating: CASE WHEN $include.roleFilm.rottenTomatoesRating THEN pf.rottenTomatoesRating END,
        imdbRating: CASE WHEN $include.roleFilm.imdbRating THEN pf.imdbRating END,
        imdbVotes: CASE WHEN $include.roleFilm.imdbVotes THEN pf.imdbVotes END,
        scoresSource: CASE WHEN $include.roleFilm.scoresSource THEN pf.scoresSource END,
        imdbId: CASE WHEN $include.roleFilm.imdbId THEN pf.imdbId END,
        wikidataId: CASE WHEN $include.roleFilm.wikidataId THEN pf.wikidataId END}}
    ORDER BY pf.year DESC, pf.title
    // </person-roles>
  } END AS roles
