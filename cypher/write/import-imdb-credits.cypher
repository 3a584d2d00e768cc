// Imports a batch of IMDb credits (title.principals rows) between films and people already
// imported (found by IMDb id): a cast credit as (:Person)-[:PLAYED]->(:Role)-[:IN]->(:Film), one
// Role per character; directors and writers as DIRECTED and WROTE. Idempotent (MERGE on keys).
// Returns how many credits found both their film and their person.
// $credits: [{film, person, kind: 'PLAYED'|'DIRECTED'|'WROTE', roleId, character, billing}]
UNWIND $credits AS credit
MATCH (f:Film {imdbId: credit.film})
MATCH (p:Person {imdbId: credit.person})
CALL (credit, f, p) {
  WITH credit, f, p WHERE credit.kind = 'PLAYED'
  MERGE (r:Role {id: credit.roleId})
  ON CREATE SET r.name = credit.character, r.billing = credit.billing
  MERGE (r)-[:IN]->(f)
  MERGE (p)-[:PLAYED]->(r)
}
CALL (credit, f, p) {
  WITH credit, f, p WHERE credit.kind = 'DIRECTED'
  MERGE (p)-[:DIRECTED]->(f)
}
CALL (credit, f, p) {
  WITH credit, f, p WHERE credit.kind = 'WROTE'
  MERGE (p)-[:WROTE]->(f)
}
RETURN count(*) AS matched
