// The catalog facts upsertFilm writes about a film, in a fixed order, so that the same statement run
// before and after an upsert (in the upsert's own write transaction) tells whether it changed anything.
// $filmId: the film's key (sound-of-metal-2019)
// $personIds: the keys of the people the upsert names (credits and outside ids)
// film is null when there is no such film; crew: ['DIRECTED'|'WROTE', personId]; cast: [personId,
// roleId, character, billing]; people: {id, name, imdbId, wikidataId} of the named people in the graph.
OPTIONAL MATCH (f:Film {id: $filmId})
RETURN f {.title, .titleKey, .year, .runtimeMinutes, .imdbId, .wikidataId} AS film,
       COLLECT {
         MATCH (p:Person)-[c:DIRECTED|WROTE]->(f)
         WITH [type(c), p.id] AS credit
         ORDER BY credit[0], credit[1]
         RETURN credit
       } AS crew,
       COLLECT {
         MATCH (p:Person)-[:PLAYED]->(r:Role)-[:IN]->(f)
         WITH [p.id, r.id, r.name, r.billing] AS credit
         ORDER BY credit[1], credit[0]
         RETURN credit
       } AS cast,
       COLLECT {
         MATCH (p:Person)
         WHERE p.id IN $personIds
         WITH p
         ORDER BY p.id
         RETURN p {.id, .name, .imdbId, .wikidataId}
       } AS people
