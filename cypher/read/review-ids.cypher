// Every review's key with its film's key, in key order (the work list of `film-graph reanalyze`).
// $filmId: a film's key, or null for every film.
// :param filmId => null
MATCH (r:Review)-[:REVIEWS]->(f:Film)
WHERE $filmId IS NULL OR f.id = $filmId
RETURN r.id AS id, f.id AS filmId
ORDER BY f.id, r.id
