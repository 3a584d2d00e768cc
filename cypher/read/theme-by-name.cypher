// A theme by the slug of its name, or else by one of its synonyms (read only when no theme has the
// name: a conditional CALL of Cypher 25, so a name lookup does not visit every theme).
// With it, when the query asks for them ($include.films: boolean; null when not asked), the films
// exploring it, in the order and shape of films-by-theme.cypher: a theme page is one round trip.
// :param id => 'deafness'; :param name => 'deafness'; :param include => {films: true}
CYPHER 25
OPTIONAL MATCH (byName:Theme {id: $id})
CALL (byName) {
  WHEN byName IS NOT NULL THEN { RETURN byName AS t }
  ELSE {
    MATCH (bySynonym:Theme)
    WHERE $name IN bySynonym.synonyms
    RETURN bySynonym AS t ORDER BY bySynonym.id LIMIT 1
  }
}
RETURN t {.id, .name, .synonyms} AS node,
  CASE WHEN $include.films THEN COLLECT {
    // <theme-films>
    MATCH (t)<-[e:EXPLORES]-(f:Film)
    RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}
    ORDER BY e.weight DESC, f.title
    // </theme-films>
  } END AS films
