// Which cast credits of an IMDb import batch have a role key no Role holds yet. Read in the
// batch's write transaction before its writes: the importer CREATEs those roles with their links
// (write/import-imdb-roles-new.cypher) and MERGEs the other credits (write/import-imdb-credits.cypher).
// $rows: [roleKey] in batch order. Returns `fresh`: one boolean per row, in that order.
UNWIND $rows AS key
OPTIONAL MATCH (role:Role {id: key})
RETURN collect(role IS NULL) AS fresh
