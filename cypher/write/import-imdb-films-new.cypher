// Creates the films of an IMDb import batch that are new to the graph (no Film holds their IMDb
// id or key: read/import-imdb-new-films.cypher, in the same transaction) with their genres: the
// graph write/import-imdb-films.cypher makes for such a row, without its lookups. A genre is
// merged by key (named by the first film of the batch that has it).
// $films: [[id, imdbId, title, titleKey, year, runtimeMinutes, [[genreId, genreName]]]] (distinct
// genre ids per film; year and runtimeMinutes whole numbers or null).
UNWIND $films AS row
CREATE (f:Film {id: row[0], imdbId: row[1], title: row[2], titleKey: row[3], year: toInteger(row[4]), runtimeMinutes: toInteger(row[5])})
WITH f, row
UNWIND row[6] AS genre
MERGE (g:Genre {id: genre[0]})
ON CREATE SET g.name = genre[1]
CREATE (f)-[:HAS_GENRE]->(g)
