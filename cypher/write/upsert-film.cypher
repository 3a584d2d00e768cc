// Adds or updates a film with its crew and cast; idempotent (MERGE on keys).
// $film: {id, title, titleKey, year, runtimeMinutes}
// $directors, $writers: [{id, name}]; $cast: [{personId, personName, roleId, character, billing}]
// The film is written first, then every credit in person-id order, whatever list it comes from:
// concurrent upserts of films that share people lock those people in one order (no deadlock).
MERGE (f:Film {id: $film.id})
SET f.title = $film.title, f.titleKey = $film.titleKey, f.year = $film.year,
    f.runtimeMinutes = coalesce($film.runtimeMinutes, f.runtimeMinutes)
WITH f
CALL (f) {
  UNWIND [d IN $directors | {personId: d.id, personName: d.name, credit: 'DIRECTED'}] +
         [w IN $writers | {personId: w.id, personName: w.name, credit: 'WROTE'}] +
         [c IN $cast | c {.*, credit: 'PLAYED'}] AS credit
  WITH f, credit
  ORDER BY credit.personId, credit.credit, credit.roleId
  MERGE (p:Person {id: credit.personId})
  ON CREATE SET p.name = credit.personName
  WITH f, p, credit
  CALL (f, p, credit) {
    WITH * WHERE credit.credit = 'DIRECTED'
    MERGE (p)-[:DIRECTED]->(f)
  }
  CALL (f, p, credit) {
    WITH * WHERE credit.credit = 'WROTE'
    MERGE (p)-[:WROTE]->(f)
  }
  CALL (f, p, credit) {
    WITH * WHERE credit.credit = 'PLAYED'
    MERGE (r:Role {id: credit.roleId})
    SET r.name = credit.character, r.billing = credit.billing
    MERGE (r)-[:IN]->(f)
    MERGE (p)-[:PLAYED]->(r)
  }
}
RETURN f {.id, .title, .year, .runtimeMinutes} AS node
