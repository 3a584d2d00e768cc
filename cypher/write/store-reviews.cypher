// Stores a batch of NEW reviews in one statement (the CLI's folder ingest), each node exactly as
// store-review.cypher stores one (keep the two SET blocks the same): the node with its caption and
// dates, then, one UNWIND per kind for the whole batch, its mentions, theme links and judgements.
// A review whose id is already in the graph (or twice in $reviews) fails the statement on the
// unique constraint review_id (CREATE, not MERGE): the caller writes such a batch again review by
// review with store-review.cypher, which replaces an earlier analysis. So nothing is deleted here
// and the batch's reviews contribute nothing before the write (src/graph/review-writes.ts).
// Lock order, as every review write (docs/operations.md): the films first, in id order ($filmIds
// sorted), then the shared nodes the links point to: people, characters, themes, aspects, each
// kind in target id order (the link lists are sorted by targetId, then reviewId, then start).
// Answers per review the links stored, so the caller can refuse a batch with a missing target (a
// link whose target is missing is not created); a review whose film is missing gives no row.
// $filmIds: [filmId] sorted; $reviews: [$review of store-review.cypher];
// $personMentions, $roleMentions: [{reviewId, targetId, polarity, evidence, start, end, analyzerVersion}]
// $themes: [{reviewId, themeId, salience, evidence, start, end, analyzerVersion}]
// $aspects: [{reviewId, aspectId, polarity, evidence, start, end, analyzerVersion}]
CALL () {
  UNWIND $filmIds AS filmId
  MATCH (f:Film {id: filmId})
  SET f.id = f.id
}
CALL () {
  UNWIND $reviews AS review
  MATCH (f:Film {id: review.filmId})
  CREATE (r:Review {id: review.id})
  SET r.createdAt = datetime(review.createdAt)
  SET r.text = review.text, r.sentiment = review.sentiment, r.author = review.author,
      r.source = review.source, r.url = review.url,
      r.publishedAt = CASE WHEN size(review.publishedAt) = 10 THEN date(review.publishedAt) ELSE datetime(review.publishedAt) END,
      r.rating = review.rating, r.score = review.score, r.language = review.language,
      r.analyzerVersion = review.analyzerVersion,
      r.caption = coalesce(review.author, review.source, 'A review') + ' on ' + f.title,
      r.unresolvedMentions = review.unresolvedMentions, r.recommendations = review.recommendations
  SET r.datedAt = CASE WHEN r.publishedAt IS :: DATE NOT NULL THEN datetime({date: r.publishedAt, timezone: 'Z'})
                       ELSE coalesce(r.publishedAt, r.createdAt) END
  CREATE (r)-[:REVIEWS]->(f)
  SET r.filmId = f.id
}
CALL () {
  UNWIND $personMentions AS mention
  MATCH (p:Person {id: mention.targetId})
  MATCH (r:Review {id: mention.reviewId})
  CREATE (r)-[:MENTIONS {polarity: mention.polarity, evidence: mention.evidence, start: mention.start,
                         end: mention.end, analyzerVersion: mention.analyzerVersion}]->(p)
}
CALL () {
  UNWIND $roleMentions AS mention
  MATCH (role:Role {id: mention.targetId})
  MATCH (r:Review {id: mention.reviewId})
  CREATE (r)-[:MENTIONS {polarity: mention.polarity, evidence: mention.evidence, start: mention.start,
                         end: mention.end, analyzerVersion: mention.analyzerVersion}]->(role)
}
CALL () {
  UNWIND $themes AS link
  MATCH (t:Theme {id: link.themeId})
  MATCH (r:Review {id: link.reviewId})
  CREATE (r)-[:DISCUSSES {salience: link.salience, evidence: link.evidence, start: link.start,
                          end: link.end, analyzerVersion: link.analyzerVersion}]->(t)
}
CALL () {
  UNWIND $aspects AS judgement
  MATCH (a:Aspect {id: judgement.aspectId})
  MATCH (r:Review {id: judgement.reviewId})
  CREATE (r)-[:JUDGES {polarity: judgement.polarity, evidence: judgement.evidence, start: judgement.start,
                       end: judgement.end, analyzerVersion: judgement.analyzerVersion}]->(a)
}
UNWIND $reviews AS review
MATCH (r:Review {id: review.id})
RETURN r.id AS id,
       COUNT { (r)-[:MENTIONS]->() } AS mentions,
       COUNT { (r)-[:DISCUSSES]->() } AS themes,
       COUNT { (r)-[:JUDGES]->() } AS aspects
