// A film by an outside id: its IMDb id (tt...) or Wikidata item (Q...); null when none holds it.
// :param imdbId => 'tt13238346'; :param wikidataId => null
MATCH (f:Film)
WHERE f.imdbId = $imdbId OR f.wikidataId = $wikidataId
RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId} AS node
ORDER BY f.id
LIMIT 1
