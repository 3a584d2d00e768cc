// A person by an outside id: their IMDb id (nm...) or Wikidata item (Q...); null when none holds it.
// :param imdbId => 'nm0000001'; :param wikidataId => null
MATCH (p:Person)
WHERE p.imdbId = $imdbId OR p.wikidataId = $wikidataId
RETURN p {.id, .name, .imdbId, .wikidataId} AS node
ORDER BY p.id
LIMIT 1
