// Outside ids (IMDb, Wikidata) name one film or one person each: unique, and so indexed for lookups.
CREATE CONSTRAINT film_imdb_id IF NOT EXISTS FOR (n:Film) REQUIRE n.imdbId IS UNIQUE;
CREATE CONSTRAINT film_wikidata_id IF NOT EXISTS FOR (n:Film) REQUIRE n.wikidataId IS UNIQUE;
CREATE CONSTRAINT person_imdb_id IF NOT EXISTS FOR (n:Person) REQUIRE n.imdbId IS UNIQUE;
CREATE CONSTRAINT person_wikidata_id IF NOT EXISTS FOR (n:Person) REQUIRE n.wikidataId IS UNIQUE;
