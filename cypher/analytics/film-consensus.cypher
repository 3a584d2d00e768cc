// Critic consensus per film: how many reviews, their mean sentiment, the share of positive
// reviews, the aspects they praise and fault, next to the outside critic scores (Rotten Tomatoes,
// IMDb) an import brought in. A review is positive when its sentiment is above 0.2 (as in the API).
// Parameters (paste these lines into Neo4j Browser first):
// :param minReviews => 1
// :param limit => 25
MATCH (f:Film)<-[:REVIEWS]-(r:Review)
WITH f, count(r) AS reviews, avg(r.sentiment) AS meanSentiment,
     toFloat(count(CASE WHEN r.sentiment > 0.2 THEN 1 END)) / count(r) AS positiveShare
WHERE reviews >= $minReviews
CALL (f) {
  OPTIONAL MATCH (f)<-[:REVIEWS]-(:Review)-[j:JUDGES]->(a:Aspect)
  WITH a.name AS aspect, count(CASE WHEN j.polarity = 'POSITIVE' THEN 1 END) AS positive,
       count(CASE WHEN j.polarity = 'NEGATIVE' THEN 1 END) AS negative
  ORDER BY aspect
  RETURN [x IN collect({aspect: aspect, positive: positive, negative: negative}) WHERE x.aspect IS NOT NULL] AS judged
}
RETURN f.title AS film, f.year AS year, reviews, round(meanSentiment, 2) AS meanSentiment,
       round(positiveShare, 2) AS positiveShare,
       [x IN judged WHERE x.positive > x.negative | x.aspect] AS praised,
       [x IN judged WHERE x.negative > x.positive | x.aspect] AS faulted,
       f.rottenTomatoesRating AS rottenTomatoes, f.imdbRating AS imdb
ORDER BY reviews DESC, meanSentiment DESC, film
LIMIT toInteger($limit)
