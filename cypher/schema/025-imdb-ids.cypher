// IMDb ids (tt..., nm...) kept on films and people by `import imdb`: one node per IMDb entry.
CREATE CONSTRAINT film_imdb_id IF NOT EXISTS FOR (n:Film) REQUIRE n.imdbId IS UNIQUE;
CREATE CONSTRAINT person_imdb_id IF NOT EXISTS FOR (n:Person) REQUIRE n.imdbId IS UNIQUE;
