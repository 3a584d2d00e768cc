// Stores many reviews in one statement (the CLI's batched ingest), each as store-review.cypher
// stores one: the node, replacing earlier links, then its mentions, theme links and judgements.
// Answers per review the links stored, so the caller can refuse a batch with a missing target.
// $reviews: [{review: {...as in store-review.cypher}, personMentions, roleMentions, themes, aspects}]
UNWIND $reviews AS item
WITH item, item.review AS review
MATCH (f:Film {id: review.filmId})
MERGE (r:Review {id: review.id})
ON CREATE SET r.createdAt = review.createdAt
SET r.text = review.text, r.sentiment = review.sentiment, r.author = review.author,
    r.source = review.source, r.publishedAt = review.publishedAt, r.url = review.url,
    r.analyzerVersion = review.analyzerVersion,
    r.unresolvedMentions = review.unresolvedMentions, r.recommendations = review.recommendations
MERGE (r)-[:REVIEWS]->(f)
WITH item, review, r
CALL (r) {
  MATCH (r)-[old:MENTIONS|DISCUSSES|JUDGES]->()
  DELETE old
}
CALL (r, item, review) {
  UNWIND item.personMentions AS mention
  MATCH (p:Person {id: mention.targetId})
  CREATE (r)-[:MENTIONS {polarity: mention.polarity, evidence: mention.evidence, start: mention.start,
                         end: mention.end, analyzerVersion: review.analyzerVersion}]->(p)
}
CALL (r, item, review) {
  UNWIND item.roleMentions AS mention
  MATCH (role:Role {id: mention.targetId})
  CREATE (r)-[:MENTIONS {polarity: mention.polarity, evidence: mention.evidence, start: mention.start,
                         end: mention.end, analyzerVersion: review.analyzerVersion}]->(role)
}
CALL (r, item, review) {
  UNWIND item.themes AS link
  MATCH (t:Theme {id: link.themeId})
  CREATE (r)-[:DISCUSSES {salience: link.salience, evidence: link.evidence, start: link.start,
                          end: link.end, analyzerVersion: review.analyzerVersion}]->(t)
}
CALL (r, item, review) {
  UNWIND item.aspects AS judgement
  MATCH (a:Aspect {id: judgement.aspectId})
  CREATE (r)-[:JUDGES {polarity: judgement.polarity, evidence: judgement.evidence, start: judgement.start,
                       end: judgement.end, analyzerVersion: review.analyzerVersion}]->(a)
}
RETURN r.id AS id,
       COUNT { (r)-[:MENTIONS]->() } AS mentions,
       COUNT { (r)-[:DISCUSSES]->() } AS themes,
       COUNT { (r)-[:JUDGES]->() } AS aspects
