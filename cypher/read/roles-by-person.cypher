UNWIND $ids AS id
MATCH (p:Person {id: id})-[:PLAYED]->(r:Role)-[:IN]->(f:Film)
WITH id, p, r, f ORDER BY f.year DESC, f.title
RETURN id, collect(r {.id, .name, filmId: f.id, personId: p.id}) AS nodes
