// A film by its title key (the folded key of its title); the newest one unless a year is given (undated films last).
MATCH (f:Film {titleKey: $titleKey})
WHERE $year IS NULL OR f.year = $year
RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource} AS node
ORDER BY f.year IS NULL, f.year DESC
LIMIT 1
