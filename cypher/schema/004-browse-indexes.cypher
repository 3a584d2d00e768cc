// Genres (imported with the catalog) and the indexes that browsing, filters and sorts use.
CREATE CONSTRAINT genre_id IF NOT EXISTS FOR (n:Genre) REQUIRE n.id IS UNIQUE;
// "title contains" compares slugs: a text index serves CONTAINS on the title key.
CREATE TEXT INDEX film_title_key_text IF NOT EXISTS FOR (n:Film) ON (n.titleKey);
CREATE INDEX film_release_date IF NOT EXISTS FOR (n:Film) ON (n.releaseDate);
CREATE INDEX review_published_at IF NOT EXISTS FOR (n:Review) ON (n.publishedAt);
CREATE INDEX review_author IF NOT EXISTS FOR (n:Review) ON (n.author);
CREATE INDEX review_sentiment IF NOT EXISTS FOR (n:Review) ON (n.sentiment);
CREATE INDEX theme_name IF NOT EXISTS FOR (n:Theme) ON (n.name);
CREATE INDEX genre_name IF NOT EXISTS FOR (n:Genre) ON (n.name);
