// Creates the roles of the cast credits of an IMDb import batch whose role key no Role holds yet
// (read/import-imdb-new-roles.cypher, in the same transaction; each key once): the
// (:Person)-[:PLAYED]->(:Role)-[:IN]->(:Film) write/import-imdb-credits.cypher makes for such a
// credit, without its MERGEs. A credit whose film or person is not in the graph writes nothing.
// Returns how many credits found both their film and their person.
// $credits: [[filmImdbId, personImdbId, roleId, character, billing]]
UNWIND $credits AS row
MATCH (f:Film {imdbId: row[0]})
MATCH (p:Person {imdbId: row[1]})
CREATE (p)-[:PLAYED]->(:Role {id: row[2], name: row[3], billing: toInteger(row[4])})-[:IN]->(f)
RETURN count(*) AS matched
