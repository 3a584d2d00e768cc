// A film by its title key (the slug of its title); the newest one unless a year is given.
MATCH (f:Film {titleKey: $titleKey})
WHERE $year IS NULL OR f.year = $year
RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource} AS node
ORDER BY f.year DESC
LIMIT 1
