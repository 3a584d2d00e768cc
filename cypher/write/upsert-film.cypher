// Adds or updates a film with its crew and cast; idempotent (MERGE on keys).
// $film: {id, title, titleKey, year, runtimeMinutes}
// $directors, $writers: [{id, name}]; $cast: [{personId, personName, roleId, character, billing}]
MERGE (f:Film {id: $film.id})
SET f.title = $film.title, f.titleKey = $film.titleKey, f.year = $film.year,
    f.runtimeMinutes = coalesce($film.runtimeMinutes, f.runtimeMinutes)
WITH f
CALL (f) {
  UNWIND $directors AS director
  MERGE (p:Person {id: director.id})
  ON CREATE SET p.name = director.name
  MERGE (p)-[:DIRECTED]->(f)
}
CALL (f) {
  UNWIND $writers AS writer
  MERGE (p:Person {id: writer.id})
  ON CREATE SET p.name = writer.name
  MERGE (p)-[:WROTE]->(f)
}
CALL (f) {
  UNWIND $cast AS credit
  MERGE (p:Person {id: credit.personId})
  ON CREATE SET p.name = credit.personName
  MERGE (r:Role {id: credit.roleId})
  SET r.name = credit.character, r.billing = credit.billing
  MERGE (r)-[:IN]->(f)
  MERGE (p)-[:PLAYED]->(r)
}
RETURN f {.id, .title, .year, .runtimeMinutes} AS node
