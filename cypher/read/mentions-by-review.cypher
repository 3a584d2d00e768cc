// The people and characters each review mentions, in text order.
UNWIND $ids AS id
MATCH (:Review {id: id})-[m:MENTIONS]->(t)
WHERE t:Person OR t:Role
WITH id, m, t ORDER BY m.start, t.name
RETURN id, collect({
  targetType: CASE WHEN t:Role THEN 'Role' ELSE 'Person' END,
  target: t {
    .id, .name,
    filmId: [(t)-[:IN]->(f:Film) | f.id][0],
    personId: [(p:Person)-[:PLAYED]->(t) | p.id][0]
  },
  polarity: m.polarity, evidence: m.evidence, start: m.start, end: m.end
}) AS nodes
