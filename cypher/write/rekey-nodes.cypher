// Migration 009: sets new keys. Run twice per label, first to a temporary key each and then to the
// final one, so a key another node still holds is never set twice at once.
// $label: 'Film' | 'Person' | 'Role' | 'Review' | 'Theme' | 'Aspect' | 'Genre'; $changes: [{from, to}]
UNWIND $changes AS change
MATCH (n:$($label) {id: change.from})
SET n.id = change.to
// A film's reviews keep its id (Review.filmId, migration 045): they follow it.
WITH n
CALL (n) {
  MATCH (n)<-[:REVIEWS]-(r:Review)
  SET r.filmId = n.id
}
// A theme's links keep its id (EXPLORES.themeId, migration 055): they follow it.
CALL (n) {
  MATCH (n)<-[e:EXPLORES]-()
  WHERE e.themeId IS NOT NULL
  SET e.themeId = n.id
}
RETURN count(*) AS changed
