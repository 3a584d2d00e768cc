// Imports a batch of films of vega-datasets movies.json: the film with its outside critic scores
// (and their source), its director and its genre. Idempotent (MERGE on keys); a value the row
// lacks never overwrites one the graph has. Returns what the batch created or changed.
// $films: [{id, title, titleKey, year, releaseDate (ISO 8601 date text, stored as a Date), runtimeMinutes, rottenTomatoesRating,
//           imdbRating, imdbVotes, mpaaRating, distributor, scoresSource,
//           director: {id, name} | null, genre: {id, name} | null}]
UNWIND $films AS row
OPTIONAL MATCH (old:Film {id: row.id})
WITH row, old IS NULL AS isNew,
     old {.title, .year, .releaseDate, .runtimeMinutes, .rottenTomatoesRating, .imdbRating, .imdbVotes,
          .mpaaRating, .distributor, .scoresSource} AS before
MERGE (f:Film {id: row.id})
ON CREATE SET f.title = row.title, f.titleKey = row.titleKey, f.year = row.year
SET f.releaseDate = coalesce(date(row.releaseDate), f.releaseDate),
    f.runtimeMinutes = coalesce(row.runtimeMinutes, f.runtimeMinutes),
    f.rottenTomatoesRating = coalesce(row.rottenTomatoesRating, f.rottenTomatoesRating),
    f.imdbRating = coalesce(row.imdbRating, f.imdbRating),
    f.imdbVotes = coalesce(row.imdbVotes, f.imdbVotes),
    f.mpaaRating = coalesce(row.mpaaRating, f.mpaaRating),
    f.distributor = coalesce(row.distributor, f.distributor),
    f.scoresSource = row.scoresSource
WITH f, row, isNew, before,
     ['title', 'year', 'releaseDate', 'runtimeMinutes', 'rottenTomatoesRating', 'imdbRating', 'imdbVotes',
      'mpaaRating', 'distributor', 'scoresSource'] AS compared
WITH f, row, isNew,
     NOT isNew AND any(k IN compared WHERE NOT coalesce(before[k] = f[k], before[k] IS NULL AND f[k] IS NULL)) AS isChanged
CALL (f, row) {
  WITH f, row.director AS director WHERE director IS NOT NULL
  MERGE (p:Person {id: director.id})
  ON CREATE SET p.name = director.name
  WITH f, p, EXISTS { (p)-[:DIRECTED]->(f) } AS linked
  MERGE (p)-[:DIRECTED]->(f)
  RETURN count(CASE WHEN linked THEN null ELSE 1 END) AS newDirectorLinks
}
CALL (f, row) {
  WITH f, row.genre AS genre WHERE genre IS NOT NULL
  MERGE (g:Genre {id: genre.id})
  ON CREATE SET g.name = genre.name
  WITH f, g, EXISTS { (f)-[:HAS_GENRE]->(g) } AS linked
  MERGE (f)-[:HAS_GENRE]->(g)
  RETURN count(CASE WHEN linked THEN null ELSE 1 END) AS newGenreLinks
}
RETURN count(CASE WHEN isNew THEN 1 END) AS created,
       count(CASE WHEN isChanged THEN 1 END) AS updated,
       sum(newDirectorLinks) + sum(newGenreLinks) AS newLinks
