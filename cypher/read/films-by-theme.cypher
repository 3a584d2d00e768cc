// Films exploring each theme, most strongly first.
UNWIND $ids AS id
MATCH (:Theme {id: id})<-[e:EXPLORES]-(f:Film)
WITH id, f, e ORDER BY e.weight DESC, f.title
RETURN id, collect(f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}) AS nodes
