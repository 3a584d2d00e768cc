// A theme by the slug of its name, or else by one of its synonyms (read only when no theme has the
// name: a conditional CALL of Cypher 25, so a name lookup does not visit every theme).
// With it, when the query asks for them ($include.films: boolean; null when not asked), the first
// $filmLimit films exploring it, in the order and shape of films-by-theme.cypher (an ordered index
// seek with a limit): a theme page is one round trip.
// :param id => 'deafness'; :param name => 'deafness'; :param include => {films: true}; :param filmLimit => 20
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
    MATCH (f:Film)-[e:EXPLORES]->(t) USING INDEX e:EXPLORES(themeId, weight)
    WHERE e.themeId = t.id AND e.weight IS NOT NULL
    // Ordered as the index is (the theme fixed): ties of weight by title, sorted within the tie only.
    WITH f, e ORDER BY e.themeId DESC, e.weight DESC, f.title LIMIT $filmLimit
    RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}
    // </theme-films>
  } END AS films
