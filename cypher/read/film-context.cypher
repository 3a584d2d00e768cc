// What the review analysis needs to know about a film, in one statement: the film, everyone
// credited on it (cast and crew, with how), its characters in billing order, the whole theme
// taxonomy, the aspect names and the film's genres (lowercase). No row when the film does not exist.
// :param filmId => 'sound-of-metal-2019'
MATCH (f:Film {id: $filmId})
RETURN f.id AS filmId, f.title AS title, f.year AS year,
  COLLECT {
    // From the film outwards (its credits and its characters' players), never from all people.
    CALL (f) {
      MATCH (p:Person)-[credit:DIRECTED|WROTE]->(f)
      RETURN p, CASE type(credit) WHEN 'DIRECTED' THEN 'director' ELSE 'writer' END AS credit
      UNION ALL
      MATCH (p:Person)-[:PLAYED]->(:Role)-[:IN]->(f)
      RETURN p, 'cast' AS credit
    }
    WITH p, collect(DISTINCT credit) AS credits
    RETURN p {.id, .name, credits: credits} ORDER BY p.id
  } AS people,
  COLLECT {
    MATCH (r:Role)-[:IN]->(f)
    OPTIONAL MATCH (actor:Person)-[:PLAYED]->(r)
    RETURN r {.id, .name, .billing, personId: actor.id} ORDER BY coalesce(r.billing, 1000000), r.id
  } AS roles,
  COLLECT {
    MATCH (t:Theme)
    RETURN t {.id, .name, synonyms: coalesce(t.synonyms, []), patterns: coalesce(t.patterns, []),
              broader: [(t)-[:BROADER]->(b:Theme) | b.id]} ORDER BY t.id
  } AS themes,
  COLLECT { MATCH (a:Aspect) RETURN a.name ORDER BY a.name } AS aspects,
  COLLECT { MATCH (f)-[:HAS_GENRE]->(g:Genre) RETURN toLower(g.name) ORDER BY g.name } AS genres
