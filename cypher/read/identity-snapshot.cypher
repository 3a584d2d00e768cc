// What the re-key of migration 009 (src/db/identity-rekey.ts) computes new keys from: every keyed
// node's key and the text its key follows from; roles with their film and the people who play them.
CALL () { MATCH (f:Film) RETURN collect({id: f.id, title: f.title, year: f.year}) AS films }
CALL () { MATCH (p:Person) RETURN collect({id: p.id, name: p.name}) AS people }
CALL () { MATCH (t:Theme) RETURN collect({id: t.id, name: t.name}) AS themes }
CALL () { MATCH (a:Aspect) RETURN collect({id: a.id, name: a.name}) AS aspects }
CALL () { MATCH (g:Genre) RETURN collect({id: g.id, name: g.name}) AS genres }
CALL () {
  MATCH (r:Role)
  RETURN collect({id: r.id, name: r.name, billing: r.billing,
                  filmId: [(r)-[:IN]->(f:Film) | f.id][0],
                  players: [(p:Person)-[:PLAYED]->(r) | p.id]}) AS roles
}
CALL () {
  MATCH (r:Review)
  RETURN collect({id: r.id, text: r.text, filmId: [(r)-[:REVIEWS]->(f:Film) | f.id][0],
                  createdAt: toString(r.createdAt)}) AS reviews
}
RETURN films, people, themes, aspects, genres, roles, reviews
