// A theme by the slug of its name, or else by one of its synonyms.
OPTIONAL MATCH (byName:Theme {id: $id})
OPTIONAL MATCH (bySynonym:Theme)
WHERE byName IS NULL AND $name IN bySynonym.synonyms
WITH coalesce(byName, bySynonym) AS t
WHERE t IS NOT NULL
RETURN t {.id, .name, .synonyms} AS node
LIMIT 1
