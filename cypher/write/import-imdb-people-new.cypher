// Creates the people of an IMDb import batch that are new to the graph (no Person holds their
// IMDb id or key: read/import-imdb-new-people.cypher, in the same transaction): the node
// write/import-imdb-people.cypher makes for such a row, without its lookups.
// $people: [[id, imdbId, name, birthYear, deathYear]] (years whole numbers or null).
UNWIND $people AS row
CREATE (:Person {id: row[0], imdbId: row[1], name: row[2], birthYear: toInteger(row[3]), deathYear: toInteger(row[4])})
