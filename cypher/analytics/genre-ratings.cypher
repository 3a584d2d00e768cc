// Outside critic scores per genre over the imported catalog (vega-datasets movies.json): how many
// films, their mean Rotten Tomatoes rating (0-100) and IMDb rating (1-10), and the best-rated film.
// Parameters (paste these lines into Neo4j Browser first):
// :param minFilms => 5
MATCH (g:Genre)<-[:HAS_GENRE]-(f:Film)
WITH g, count(f) AS films, avg(f.rottenTomatoesRating) AS rottenTomatoes, avg(f.imdbRating) AS imdb,
     count(f.rottenTomatoesRating) AS rated
WHERE films >= $minFilms
OPTIONAL CALL (g) {
  MATCH (g)<-[:HAS_GENRE]-(best:Film)
  WHERE best.imdbRating IS NOT NULL
  RETURN best.title AS bestByImdb
  ORDER BY best.imdbRating DESC, best.imdbVotes DESC, best.title
  LIMIT 1
}
RETURN g.name AS genre, films, rated, round(rottenTomatoes, 1) AS meanRottenTomatoes, round(imdb, 2) AS meanImdb, bestByImdb
ORDER BY films DESC, genre
