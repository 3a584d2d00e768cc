// Adds or updates a film with its crew and cast; idempotent (MERGE on keys).
// $film: {id, title, titleKey, year, runtimeMinutes, imdbId, wikidataId} (outside ids: null = keep)
// $directors, $writers: [{id, name}]
// $cast: [{personId, personName, roleId, personRoleId, firstOfCharacter, character, billing}]
// $people: [{id, imdbId, wikidataId}] (outside ids of people of the film; null = keep)
// The film is written first, then every credit in person-id order, whatever list it comes from:
// concurrent upserts of films that share people lock those people in one order (no deadlock).
// A role is one person's credit: the plain key roleId goes to the first person credited with the
// character (firstOfCharacter) unless another person already holds it; then personRoleId
// (docs/identity.md).
MERGE (f:Film {id: $film.id})
SET f.title = $film.title, f.titleKey = $film.titleKey, f.year = $film.year,
    f.runtimeMinutes = coalesce($film.runtimeMinutes, f.runtimeMinutes),
    f.imdbId = coalesce($film.imdbId, f.imdbId), f.wikidataId = coalesce($film.wikidataId, f.wikidataId)
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
    OPTIONAL MATCH (plain:Role {id: credit.roleId})
    WITH f, p, credit, plain, COLLECT { MATCH (holder:Person)-[:PLAYED]->(plain) RETURN holder.id } AS holders
    WITH f, p, credit, CASE
      WHEN plain IS NULL OR size(holders) = 0 THEN
        CASE WHEN credit.firstOfCharacter THEN credit.roleId ELSE credit.personRoleId END
      WHEN credit.personId IN holders THEN credit.roleId
      ELSE credit.personRoleId
    END AS roleKey
    MERGE (r:Role {id: roleKey})
    SET r.name = credit.character, r.billing = credit.billing
    MERGE (r)-[:IN]->(f)
    MERGE (p)-[:PLAYED]->(r)
  }
}
CALL (f) {
  UNWIND $people AS outside
  MATCH (p:Person {id: outside.id})
  SET p.imdbId = coalesce(outside.imdbId, p.imdbId), p.wikidataId = coalesce(outside.wikidataId, p.wikidataId)
}
RETURN f {.id, .title, .year, .runtimeMinutes} AS node
