// Imports a batch of IMDb films (title.basics rows of type movie/tvMovie) with their genres.
// A film is found by its IMDb id, else by its key (a film the catalog has without an IMDb id
// gets it); a key held by a film with another IMDb id is not touched and comes back in
// `collisions`. Idempotent (MERGE on keys); a value the row lacks never overwrites one the graph has.
// $films: [{id, imdbId, title, titleKey, year, runtimeMinutes, genres: [{id, name}]}]
UNWIND $films AS row
OPTIONAL MATCH (known:Film {imdbId: row.imdbId})
OPTIONAL MATCH (same:Film {id: row.id})
WITH row, known, same, known IS NULL AND same IS NOT NULL AND same.imdbId IS NOT NULL AS collides
OPTIONAL CALL (row, known, collides) {
  WITH row, known WHERE NOT collides
  MERGE (f:Film {id: coalesce(known.id, row.id)})
  ON CREATE SET f.title = row.title, f.titleKey = row.titleKey, f.year = row.year
  WITH f, row, f {.imdbId, .year, .runtimeMinutes} AS before
  SET f.imdbId = row.imdbId,
      f.year = coalesce(f.year, row.year),
      f.runtimeMinutes = coalesce(row.runtimeMinutes, f.runtimeMinutes)
  WITH f, row, before <> f {.imdbId, .year, .runtimeMinutes} AS changed
  CALL (f, row) {
    UNWIND row.genres AS genre
    MERGE (g:Genre {id: genre.id})
    ON CREATE SET g.name = genre.name
    MERGE (f)-[:HAS_GENRE]->(g)
  }
  RETURN changed
}
RETURN collect(CASE WHEN collides THEN {imdbId: row.imdbId, heldBy: same.imdbId} END) AS collisions,
       count(CASE WHEN changed THEN 1 END) AS changed
