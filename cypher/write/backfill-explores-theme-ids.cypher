// Data migration 056: sets EXPLORES.themeId (the id of the theme the link points to, migration 055)
// on the links of the next $limit themes after the id $after, in id order (an ordered scan of the
// Theme(id) constraint's index: each batch costs its themes' links). Returns the last theme id of
// the batch, or null when there are no more themes.
// :param after => ''; :param limit => 20
MATCH (t:Theme)
WHERE t.id > $after
WITH t ORDER BY t.id LIMIT $limit
CALL (t) {
  MATCH (t)<-[e:EXPLORES]-()
  WHERE e.themeId IS NULL OR e.themeId <> t.id
  SET e.themeId = t.id
}
RETURN max(t.id) AS last
