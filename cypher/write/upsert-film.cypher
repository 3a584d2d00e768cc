// Adds or updates a film with its crew and cast; idempotent (MERGE on keys).
// $film: {id, title, titleKey, year, runtimeMinutes, imdbId, wikidataId} (outside ids: null = keep)
// $directors, $writers: [{id, name}]
// $cast: [{personId, personName, roleId, personRoleId, firstOfCharacter, character, billing}]
// $people: [{id, imdbId, wikidataId}] (outside ids of people of the film; null = keep)
// The film is written first, then every credit in person-id order, whatever list it comes from:
// concurrent upserts of films that share people lock those people in one order (no deadlock).
// That order holds only if the credits are written in ONE pass over the sorted rows: a read of
// the graph between two credit writes (the role keys below) makes the planner put an Eager there,
// which writes every director and writer credit before any cast credit, so a person directing one
// film and acting in another was locked in opposite orders by the two upserts (a deadlock; test:
// tests/integration/write-lock-order.test.ts). So the role keys are read first, before any credit
// is written, and the writing pass reads nothing but its own MERGEs.
// A role is one person's credit: the plain key roleId goes to the first person credited with the
// character (firstOfCharacter) unless another person already holds it; then personRoleId
// (docs/identity.md). Read before the writes, this gives what a credit-by-credit read would: only
// the film's first credit of a character can take a plain key that no one holds.
MERGE (f:Film {id: $film.id})
SET f.title = $film.title, f.titleKey = $film.titleKey, f.year = $film.year,
    f.runtimeMinutes = coalesce($film.runtimeMinutes, f.runtimeMinutes),
    f.imdbId = coalesce($film.imdbId, f.imdbId), f.wikidataId = coalesce($film.wikidataId, f.wikidataId)
WITH f
CALL (f) {
  UNWIND $cast AS c
  OPTIONAL MATCH (plain:Role {id: c.roleId})
  WITH c, plain, COLLECT { MATCH (holder:Person)-[:PLAYED]->(plain) RETURN holder.id } AS holders
  RETURN collect(c {.*, credit: 'PLAYED', roleKey: CASE
      WHEN plain IS NULL OR size(holders) = 0 THEN
        CASE WHEN c.firstOfCharacter THEN c.roleId ELSE c.personRoleId END
      WHEN c.personId IN holders THEN c.roleId
      ELSE c.personRoleId
    END}) AS cast
}
CALL (f, cast) {
  UNWIND [d IN $directors | {personId: d.id, personName: d.name, credit: 'DIRECTED'}] +
         [w IN $writers | {personId: w.id, personName: w.name, credit: 'WROTE'}] + cast AS credit
  WITH f, credit
  ORDER BY credit.personId, credit.credit, credit.roleKey
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
    MERGE (r:Role {id: credit.roleKey})
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
