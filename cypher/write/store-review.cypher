// Stores a review with everything derived from it, replacing an earlier analysis of the same review.
// `caption` is what Neo4j Browser shows on the node (cypher/browser/film-graph.grass): "<critic> on <film>".
// $review: {id, filmId, text, sentiment, author, source, publishedAt, url, createdAt, analyzerVersion,
//           unresolvedMentions, recommendations} (the last two: lists of JSON strings, one per finding)
// $personMentions, $roleMentions: [{targetId, polarity, evidence, start, end}]
// $themes: [{themeId, salience, evidence, start, end}]
// $aspects: [{aspectId, polarity, evidence, start, end}]
MATCH (f:Film {id: $review.filmId})
MERGE (r:Review {id: $review.id})
ON CREATE SET r.createdAt = $review.createdAt
SET r.text = $review.text, r.sentiment = $review.sentiment, r.author = $review.author,
    r.source = $review.source, r.publishedAt = $review.publishedAt, r.url = $review.url,
    r.analyzerVersion = $review.analyzerVersion,
    r.caption = coalesce($review.author, $review.source, 'A review') + ' on ' + f.title,
    r.unresolvedMentions = $review.unresolvedMentions, r.recommendations = $review.recommendations
MERGE (r)-[:REVIEWS]->(f)
WITH r
CALL (r) {
  MATCH (r)-[old:MENTIONS|DISCUSSES|JUDGES]->()
  DELETE old
}
CALL (r) {
  UNWIND $personMentions AS mention
  MATCH (p:Person {id: mention.targetId})
  CREATE (r)-[:MENTIONS {polarity: mention.polarity, evidence: mention.evidence, start: mention.start,
                         end: mention.end, analyzerVersion: $review.analyzerVersion}]->(p)
}
CALL (r) {
  UNWIND $roleMentions AS mention
  MATCH (role:Role {id: mention.targetId})
  CREATE (r)-[:MENTIONS {polarity: mention.polarity, evidence: mention.evidence, start: mention.start,
                         end: mention.end, analyzerVersion: $review.analyzerVersion}]->(role)
}
CALL (r) {
  UNWIND $themes AS link
  MATCH (t:Theme {id: link.themeId})
  CREATE (r)-[:DISCUSSES {salience: link.salience, evidence: link.evidence, start: link.start,
                          end: link.end, analyzerVersion: $review.analyzerVersion}]->(t)
}
CALL (r) {
  UNWIND $aspects AS judgement
  MATCH (a:Aspect {id: judgement.aspectId})
  CREATE (r)-[:JUDGES {polarity: judgement.polarity, evidence: judgement.evidence, start: judgement.start,
                       end: judgement.end, analyzerVersion: $review.analyzerVersion}]->(a)
}
RETURN r.id AS id,
       COUNT { (r)-[:MENTIONS]->() } AS mentions,
       COUNT { (r)-[:DISCUSSES]->() } AS themes,
       COUNT { (r)-[:JUDGES]->() } AS aspects
