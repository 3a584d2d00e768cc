UNWIND $ids AS id
MATCH (f:Film {id: id})
RETURN id, f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId} AS node
