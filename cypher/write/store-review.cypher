// Stores a review with everything derived from it, replacing an earlier analysis of the same review.
// `caption` is what Neo4j Browser shows on the node (cypher/browser/film-graph.grass): "<critic> on <film>".
// $review: {id, filmId, text, sentiment, author, source, publishedAt, url, rating, score, language,
//           createdAt, analyzerVersion, unresolvedMentions, recommendations}
// (score: the rating on 0–100, an integer; sentiment: null when the analysis cannot read the language;
// the last two: lists of JSON strings, one per finding)
// filmId is also kept on the review (the film's page of reviews is a seek of the Review(filmId,
// createdAt, id) index, migration 045).
// publishedAt: ISO 8601 text, a bare date (stored as a Date) or a date-time with its offset (a DateTime);
// createdAt: ISO 8601 UTC text (a DateTime); datedAt: the instant the review is dated at (src/graph/dates.ts).
// $personMentions, $roleMentions: [{targetId, polarity, evidence, start, end}]
// $themes: [{themeId, salience, evidence, start, end}]
// $aspects: [{aspectId, polarity, evidence, start, end}]
MATCH (f:Film {id: $review.filmId})
MERGE (r:Review {id: $review.id})
ON CREATE SET r.createdAt = datetime($review.createdAt)
SET r.text = $review.text, r.sentiment = $review.sentiment, r.author = $review.author,
    r.source = $review.source, r.url = $review.url,
    r.publishedAt = CASE WHEN size($review.publishedAt) = 10 THEN date($review.publishedAt) ELSE datetime($review.publishedAt) END,
    r.rating = $review.rating, r.score = $review.score, r.language = $review.language,
    r.analyzerVersion = $review.analyzerVersion,
    r.caption = coalesce($review.author, $review.source, 'A review') + ' on ' + f.title,
    r.unresolvedMentions = $review.unresolvedMentions, r.recommendations = $review.recommendations
SET r.datedAt = CASE WHEN r.publishedAt IS :: DATE NOT NULL THEN datetime({date: r.publishedAt, timezone: 'Z'})
                     ELSE coalesce(r.publishedAt, r.createdAt) END
MERGE (r)-[:REVIEWS]->(f)
SET r.filmId = f.id
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
