// Re-aggregates which themes a film explores from what its reviews discuss:
// weight = mean salience over all the film's reviews.
MATCH (f:Film {id: $filmId})
CALL (f) {
  MATCH (f)-[old:EXPLORES {source: 'reviews'}]->(:Theme)
  DELETE old
}
WITH f, COUNT { (f)<-[:REVIEWS]-(:Review) } AS reviewCount
CALL (f, reviewCount) {
  MATCH (f)<-[:REVIEWS]-(r:Review)-[d:DISCUSSES]->(t:Theme)
  WITH t, sum(d.salience) AS total, count(DISTINCT r) AS reviews
  MERGE (f)-[e:EXPLORES]->(t)
  SET e.source = 'reviews', e.weight = total / reviewCount, e.reviewCount = reviews
  RETURN count(e) AS themes
}
RETURN themes
