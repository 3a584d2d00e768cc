// Full-text search folds accents as every other lookup does: the index `search` is recreated with
// Neo4j's `standard-folding` analyzer (Lucene's StandardTokenizer, lower case and ASCIIFoldingFilter,
// the folding src/graph/text-fold.ts applies to keys), so "amelie" finds "Amélie des Prés" and
// "strasse" finds "Straße". Same labels and properties as 003.
DROP INDEX search IF EXISTS;
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Film|Person|Role|Theme|Review)
ON EACH [n.title, n.name, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
