// The characters each person plays, newest film first, each with its film (the query's next
// level, Role.film, then reads it from the role instead of running films-by-id.cypher): the film's
// id, title and year, and the other properties only as $include.roleFilm asks (null otherwise).
// The block is the one of person-by-name.cypher and film-by-title.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param ids => ['paul-raci']
// :param include => {roleFilm: {runtimeMinutes: false, releaseDate: false, rottenTomatoesRating: false, imdbRating: false, imdbVotes: false, scoresSource: false, imdbId: false, wikidataId: false}}
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN id, COLLECT {
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
  } AS nodes
