// What the benchmark's query mix asks about, chosen by rule from whatever data set is loaded:
// the film with the most reviews (ties: by id), its first-billed cast member and character, and
// the theme explored by the most films.
MATCH (f:Film)
WITH f ORDER BY COUNT { (f)<-[:REVIEWS]-(:Review) } DESC, COUNT { (f)<-[:IN]-(:Role) } DESC, f.id LIMIT 1
CALL (f) {
  MATCH (p:Person)-[:PLAYED]->(r:Role)-[:IN]->(f)
  RETURN p.name AS person, r.name AS character ORDER BY coalesce(r.billing, 1000), p.id LIMIT 1
}
CALL () {
  MATCH (t:Theme)
  RETURN t.name AS theme ORDER BY COUNT { (t)<-[:EXPLORES]-(:Film) } DESC, t.id LIMIT 1
}
RETURN f.id AS id, f.title AS title, f.year AS year, person, character, theme
