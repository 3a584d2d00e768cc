// Sets the IMDb rating (1-10) and vote count of imported films (title.ratings rows), found by IMDb id.
// Idempotent. Returns how many films were found and how many changed.
// $ratings: [{imdbId, rating, votes}]
UNWIND $ratings AS row
MATCH (f:Film {imdbId: row.imdbId})
WITH f, row, f.imdbRating = row.rating AND f.imdbVotes = row.votes AS same
SET f.imdbRating = row.rating, f.imdbVotes = row.votes,
    f.scoresSource = coalesce(f.scoresSource, 'IMDb title.ratings')
RETURN count(*) AS matched, count(CASE WHEN same THEN null ELSE 1 END) AS changed
