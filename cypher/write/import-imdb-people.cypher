// Imports a batch of IMDb people (name.basics rows). A person is found by IMDb id, else by key (a
// person the catalog has without an IMDb id gets it); a key held by a person with another IMDb id
// is not touched and comes back in `collisions`. Idempotent (MERGE on keys); a value the row
// lacks never overwrites one the graph has.
// $people: [{id, imdbId, name, birthYear, deathYear}]
UNWIND $people AS row
OPTIONAL MATCH (known:Person {imdbId: row.imdbId})
OPTIONAL MATCH (same:Person {id: row.id})
WITH row, known, same, known IS NULL AND same IS NOT NULL AND same.imdbId IS NOT NULL AS collides
OPTIONAL CALL (row, known, collides) {
  WITH row, known WHERE NOT collides
  MERGE (p:Person {id: coalesce(known.id, row.id)})
  ON CREATE SET p.name = row.name
  WITH p, row, p {.imdbId, .birthYear, .deathYear} AS before
  SET p.imdbId = row.imdbId,
      p.birthYear = coalesce(row.birthYear, p.birthYear),
      p.deathYear = coalesce(row.deathYear, p.deathYear)
  RETURN before <> p {.imdbId, .birthYear, .deathYear} AS changed
}
RETURN collect(CASE WHEN collides THEN {imdbId: row.imdbId, heldBy: same.imdbId} END) AS collisions,
       count(CASE WHEN changed THEN 1 END) AS changed
