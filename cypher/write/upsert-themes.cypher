// Adds or updates themes of the taxonomy. $themes: [{id, name, synonyms, patterns}]
UNWIND $themes AS theme
MERGE (t:Theme {id: theme.id})
SET t.name = theme.name, t.synonyms = theme.synonyms, t.patterns = theme.patterns
RETURN count(t) AS themes
