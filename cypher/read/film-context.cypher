// What the review analysis needs to know about a film, in one statement: the film, everyone
// credited on it (cast and crew), its characters, the whole theme taxonomy and the aspect names.
// No row when the film does not exist. :param filmId => 'sound-of-metal-2019'
MATCH (f:Film {id: $filmId})
RETURN f.id AS filmId, f.title AS title, f.year AS year,
  [p IN COLLECT {
    MATCH (crew:Person)-[:DIRECTED|WROTE]->(f) RETURN crew AS p
    UNION
    MATCH (actor:Person)-[:PLAYED]->(:Role)-[:IN]->(f) RETURN actor AS p
  } | p {.id, .name}] AS people,
  COLLECT {
    MATCH (r:Role)-[:IN]->(f)
    OPTIONAL MATCH (actor:Person)-[:PLAYED]->(r)
    RETURN r {.id, .name, personId: actor.id} ORDER BY r.id
  } AS roles,
  COLLECT {
    MATCH (t:Theme)
    RETURN t {.id, .name, synonyms: coalesce(t.synonyms, []), patterns: coalesce(t.patterns, []),
              broader: [(t)-[:BROADER]->(b:Theme) | b.id]} ORDER BY t.id
  } AS themes,
  COLLECT { MATCH (a:Aspect) RETURN a.name ORDER BY a.name } AS aspects
