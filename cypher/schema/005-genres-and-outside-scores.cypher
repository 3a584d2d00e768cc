// Genres of the imported catalog (vega-datasets movies.json: "Major Genre"), unique by key.
CREATE CONSTRAINT genre_id IF NOT EXISTS FOR (n:Genre) REQUIRE n.id IS UNIQUE;
// Outside critic scores are filtered and sorted on by the analytics (genre ratings, consensus).
CREATE INDEX film_imdb_rating IF NOT EXISTS FOR (n:Film) ON (n.imdbRating);
CREATE INDEX film_rotten_tomatoes_rating IF NOT EXISTS FOR (n:Film) ON (n.rottenTomatoesRating);
