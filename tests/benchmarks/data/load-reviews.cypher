// Bulk load of generated reviews (benchmark data, tests/benchmarks/data): the same nodes,
// relationships and properties as cypher/write/store-review.cypher writes for an analysed review,
// for a batch at a time. Offsets are integers.
// $reviews: [{id, filmId, text, sentiment, author, source, publishedAt, url, createdAt, analyzerVersion,
//             personMentions, roleMentions: [{targetId, polarity, evidence, start, end}],
//             themes: [{themeId, salience, evidence, start, end}], aspects: [{aspectId, polarity, evidence, start, end}]}]
UNWIND $reviews AS row
MATCH (f:Film {id: row.filmId})
CREATE (r:Review {id: row.id, createdAt: row.createdAt, text: row.text, sentiment: row.sentiment,
                  author: row.author, source: row.source, publishedAt: row.publishedAt, url: row.url,
                  analyzerVersion: row.analyzerVersion, unresolvedMentions: [], recommendations: []})
CREATE (r)-[:REVIEWS]->(f)
WITH r, row
CALL (r, row) {
  UNWIND row.personMentions AS m
  MATCH (p:Person {id: m.targetId})
  CREATE (r)-[:MENTIONS {polarity: m.polarity, evidence: m.evidence, start: toInteger(m.start), end: toInteger(m.end), analyzerVersion: row.analyzerVersion}]->(p)
}
CALL (r, row) {
  UNWIND row.roleMentions AS m
  MATCH (role:Role {id: m.targetId})
  CREATE (r)-[:MENTIONS {polarity: m.polarity, evidence: m.evidence, start: toInteger(m.start), end: toInteger(m.end), analyzerVersion: row.analyzerVersion}]->(role)
}
CALL (r, row) {
  UNWIND row.themes AS t
  MATCH (theme:Theme {id: t.themeId})
  CREATE (r)-[:DISCUSSES {salience: t.salience, evidence: t.evidence, start: toInteger(t.start), end: toInteger(t.end), analyzerVersion: row.analyzerVersion}]->(theme)
}
CALL (r, row) {
  UNWIND row.aspects AS a
  MATCH (aspect:Aspect {id: a.aspectId})
  CREATE (r)-[:JUDGES {polarity: a.polarity, evidence: a.evidence, start: toInteger(a.start), end: toInteger(a.end), analyzerVersion: row.analyzerVersion}]->(aspect)
}
RETURN count(r) AS reviews
