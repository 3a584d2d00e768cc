// Migration 009: nodes of one label whose keys now meet (equivalent spellings the old keys kept
// apart, "Die Straße" and "Die Strasse") become one node: every link of the duplicate moves to the
// kept node (links without properties are merged, links with properties are copied as they are),
// properties the kept node lacks are copied, and the duplicate is deleted.
// $label: 'Film' | 'Person' | 'Role' | 'Theme' | 'Aspect' | 'Genre'; $merges: [{keep, duplicate}]
UNWIND $merges AS merge
MATCH (keep:$($label) {id: merge.keep})
MATCH (dup:$($label) {id: merge.duplicate})
CALL (keep, dup) {
  MATCH (dup)-[rel]->(other) WHERE other <> keep
  CALL (keep, rel, other) {
    WITH * WHERE size(keys(rel)) = 0
    MERGE (keep)-[:$(type(rel))]->(other)
  }
  CALL (keep, rel, other) {
    WITH * WHERE size(keys(rel)) > 0
    CREATE (keep)-[copy:$(type(rel))]->(other)
    SET copy = properties(rel)
  }
}
CALL (keep, dup) {
  MATCH (dup)<-[rel]-(other) WHERE other <> keep
  CALL (keep, rel, other) {
    WITH * WHERE size(keys(rel)) = 0
    MERGE (keep)<-[:$(type(rel))]-(other)
  }
  CALL (keep, rel, other) {
    WITH * WHERE size(keys(rel)) > 0
    CREATE (keep)<-[copy:$(type(rel))]-(other)
    SET copy = properties(rel)
  }
}
WITH keep, dup, [k IN keys(dup) WHERE keep[k] IS NULL] AS missing
CALL (keep, dup, missing) {
  UNWIND missing AS k
  SET keep[k] = dup[k]
}
// Links copied from a duplicate theme keep the kept theme's id (EXPLORES.themeId, migration 055).
CALL (keep) {
  MATCH (keep)<-[e:EXPLORES]-()
  WHERE e.themeId IS NOT NULL AND e.themeId <> keep.id
  SET e.themeId = keep.id
}
DETACH DELETE dup
RETURN count(*) AS merged
