// Full-text search over film titles, people's and characters' names, theme names and review text.
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Film|Person|Role|Theme|Review)
ON EACH [n.title, n.name, n.text];
