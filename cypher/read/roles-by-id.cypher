UNWIND $ids AS id
MATCH (r:Role {id: id})
RETURN id, r {
  .id, .name,
  filmId: [(r)-[:IN]->(f:Film) | f.id][0],
  personId: [(p:Person)-[:PLAYED]->(r) | p.id][0]
} AS node
