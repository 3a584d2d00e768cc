// How reviews mention each person, directly or through the characters they play: tallies by
// polarity and the quoted sentences, newest review first (at most $quoteLimit).
// :param ids => ['riz-ahmed']; :param quoteLimit => 100
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  MATCH (r:Review)-[m:MENTIONS]->(p)
  RETURN r, m, null AS role
  UNION ALL
  MATCH (r:Review)-[m:MENTIONS]->(role:Role)<-[:PLAYED]-(p)
  RETURN r, m, role
}
WITH id, r, m, role ORDER BY r.createdAt DESC, r.id DESC, m.start
WITH id, count(m) AS mentions,
     count(CASE WHEN m.polarity = 'POSITIVE' THEN 1 END) AS positive,
     count(CASE WHEN m.polarity = 'NEGATIVE' THEN 1 END) AS negative,
     count(CASE WHEN m.polarity = 'MIXED' THEN 1 END) AS mixed,
     count(CASE WHEN m.polarity = 'NEUTRAL' THEN 1 END) AS neutral,
     collect({polarity: m.polarity, evidence: m.evidence, reviewId: r.id,
              role: CASE WHEN role IS NULL THEN null
                         ELSE role {.id, .name, filmId: [(role)-[:IN]->(f:Film) | f.id][0], personId: id} END}) AS quotes
RETURN id, {mentions: mentions, positive: positive, negative: negative, mixed: mixed, neutral: neutral,
            quotes: quotes[..$quoteLimit]} AS node
