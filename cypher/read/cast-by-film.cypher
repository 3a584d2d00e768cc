// The characters of each film with who plays them, in billing order.
UNWIND $ids AS id
MATCH (f:Film {id: id})<-[:IN]-(r:Role)
OPTIONAL MATCH (p:Person)-[:PLAYED]->(r)
WITH id, f, r, p ORDER BY coalesce(r.billing, 1000), r.name
RETURN id, collect(r {.id, .name, filmId: f.id, personId: p.id}) AS nodes
