UNWIND $ids AS id
MATCH (:Person {id: id})-[:DIRECTED]->(f:Film)
WITH id, f ORDER BY f.year IS NULL, f.year DESC, f.title
RETURN id, collect(f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}) AS nodes
