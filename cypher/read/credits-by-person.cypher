// Every credit of each person: films directed, written and played in (with the character), newest first (undated films last).
// :param ids => ['darius-marder']
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (p)-[c:DIRECTED|WROTE]->(f:Film)
  RETURN f, CASE type(c) WHEN 'DIRECTED' THEN 'DIRECTOR' ELSE 'WRITER' END AS kind, null AS role
  UNION ALL
  MATCH (p)-[:PLAYED]->(role:Role)-[:IN]->(f:Film)
  RETURN f, 'ACTOR' AS kind, role
}
WITH id, f, kind, role ORDER BY f.year IS NULL, f.year DESC, f.titleKey, kind
RETURN id, collect({kind: kind, film: f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource},
                    role: CASE WHEN role IS NULL THEN null ELSE role {.id, .name, filmId: f.id, personId: id} END}) AS nodes
