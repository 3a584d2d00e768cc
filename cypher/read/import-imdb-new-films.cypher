// Which rows of an IMDb import batch of films are new to the graph: no Film holds the row's IMDb id
// nor its key. Read in the batch's write transaction before its writes: the importer CREATEs the
// new rows (write/import-imdb-films-new.cypher) and MERGEs the others (write/import-imdb-films.cypher).
// $rows: [[imdbId, key]] in batch order. Returns `fresh`: one boolean per row, in that order.
UNWIND $rows AS row
OPTIONAL MATCH (known:Film {imdbId: row[0]})
OPTIONAL MATCH (same:Film {id: row[1]})
RETURN collect(known IS NULL AND same IS NULL) AS fresh
