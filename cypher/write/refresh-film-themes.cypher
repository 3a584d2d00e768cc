// Re-aggregates which themes a film explores from what its reviews discuss:
// weight = mean salience over all the film's reviews, reviewCount = its reviews discussing the theme,
// salienceSum = the sum of their saliences (the counter apply-film-review-deltas.cypher adds to),
// themeId = the theme's id (the key of the ordered index of migration 055).
// Runs when a film's counters are missing (a film reviewed before they existed); review writes
// otherwise apply deltas.
// Links are updated in place: created for a newly discussed theme, deleted only for a theme no review
// of the film discusses any more, each in theme-id order. (Deleting and re-creating every link made
// two films' writes lock their shared themes in opposite orders: Neo4j deadlocks.) A missing link is
// CREATEd, not MERGEd: MERGE locks both ends exclusively, and writers of other films' reviews hold
// shared locks on the same themes. No duplicate can arise: the transaction holds the film's lock
// (lock-film.cypher), so no other one writes this film's links meanwhile.
// :param filmId => 'sound-of-metal-2019'
MATCH (f:Film {id: $filmId})
WITH f, COUNT { (f)<-[:REVIEWS]-(:Review) } AS reviewCount
CALL (f) {
  MATCH (f)-[gone:EXPLORES {source: 'reviews'}]->(t:Theme)
  WHERE NOT EXISTS { (f)<-[:REVIEWS]-(:Review)-[:DISCUSSES]->(t) }
  WITH gone, t ORDER BY t.id
  DELETE gone
}
CALL (f, reviewCount) {
  MATCH (f)<-[:REVIEWS]-(r:Review)-[d:DISCUSSES]->(t:Theme)
  WITH t, sum(d.salience) AS total, count(DISTINCT r) AS reviews
  ORDER BY t.id
  OPTIONAL MATCH (f)-[old:EXPLORES]->(t)
  CALL (f, t, old) {
    WITH * WHERE old IS NULL
    CREATE (f)-[new:EXPLORES]->(t)
    RETURN new
  UNION
    WITH * WHERE old IS NOT NULL
    RETURN old AS new
  }
  SET new.source = 'reviews', new.themeId = t.id, new.weight = total / reviewCount, new.reviewCount = reviews, new.salienceSum = total
  RETURN count(new) AS themes
}
RETURN themes
