// Stores many reviews in one statement (the CLI's batched ingest), each exactly as
// store-review.cypher stores one (keep the two SET blocks the same): the node with its caption and
// dates, replacing earlier links, then its mentions, theme links and judgements.
// Answers per review the links stored, so the caller can refuse a batch with a missing target.
// $reviews: [{review: {...$review of store-review.cypher}, personMentions, roleMentions, themes, aspects}]
UNWIND $reviews AS item
WITH item, item.review AS review
MATCH (f:Film {id: review.filmId})
MERGE (r:Review {id: review.id})
ON CREATE SET r.createdAt = datetime(review.createdAt)
SET r.text = review.text, r.sentiment = review.sentiment, r.author = review.author,
    r.source = review.source, r.url = review.url,
    r.publishedAt = CASE WHEN size(review.publishedAt) = 10 THEN date(review.publishedAt) ELSE datetime(review.publishedAt) END,
    r.rating = review.rating, r.score = review.score, r.language = review.language,
    r.analyzerVersion = review.analyzerVersion,
    r.caption = coalesce(review.author, review.source, 'A review') + ' on ' + f.title,
    r.unresolvedMentions = review.unresolvedMentions, r.recommendations = review.recommendations
SET r.datedAt = CASE WHEN r.publishedAt IS :: DATE NOT NULL THEN datetime({date: r.publishedAt, timezone: 'Z'})
                     ELSE coalesce(r.publishedAt, r.createdAt) END
MERGE (r)-[:REVIEWS]->(f)
SET r.filmId = f.id
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
