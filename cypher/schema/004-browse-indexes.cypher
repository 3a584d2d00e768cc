// Genres (imported with the catalog): their id is unique, and the genre filter seeks it.
// The list statements (cypher/read/*-list.cypher) filter with parameter-guarded conditions
// ($x IS NULL OR ...), which the planner answers with one label scan plus id seeks per row
// (5-8 database hits per film on a 3,201-film catalog, see tests/integration/catalog-scale.test.ts);
// property indexes on titleKey, year, publishedAt or author would not be used by them.
CREATE CONSTRAINT genre_id IF NOT EXISTS FOR (n:Genre) REQUIRE n.id IS UNIQUE;
