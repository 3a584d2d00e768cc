// Critic consensus per film: how many reviews, their mean sentiment, the share of positive
// reviews, the aspects they praise and fault, next to the outside critic scores (Rotten Tomatoes,
// IMDb) an import brought in. A review is positive as in the API: a score of 61 or more when the
// critic gave a rating, else a sentiment above 0.2; reviews with neither (a language the analysis
// cannot read) are left out of the share. meanScore: the mean 0–100 score of the rated reviews.
// Parameters (paste these lines into Neo4j Browser first):
// :param minReviews => 1
// :param limit => 25
MATCH (f:Film)<-[:REVIEWS]-(r:Review)
WITH f, count(r) AS reviews, avg(r.sentiment) AS meanSentiment, avg(r.score) AS meanScore,
     toFloat(count(CASE WHEN r.score >= 61 OR (r.score IS NULL AND r.sentiment > 0.2) THEN 1 END))
       / CASE count(CASE WHEN r.score IS NOT NULL OR r.sentiment IS NOT NULL THEN 1 END) WHEN 0 THEN 1
              ELSE count(CASE WHEN r.score IS NOT NULL OR r.sentiment IS NOT NULL THEN 1 END) END AS positiveShare
WHERE reviews >= $minReviews
CALL (f) {
  OPTIONAL MATCH (f)<-[:REVIEWS]-(:Review)-[j:JUDGES]->(a:Aspect)
  WITH a.name AS aspect, count(CASE WHEN j.polarity = 'POSITIVE' THEN 1 END) AS positive,
       count(CASE WHEN j.polarity = 'NEGATIVE' THEN 1 END) AS negative
  ORDER BY aspect
  RETURN [x IN collect({aspect: aspect, positive: positive, negative: negative}) WHERE x.aspect IS NOT NULL] AS judged
}
RETURN f.title AS film, f.year AS year, reviews, round(meanSentiment, 2) AS meanSentiment,
       round(positiveShare, 2) AS positiveShare, round(meanScore, 1) AS meanScore,
       [x IN judged WHERE x.positive > x.negative | x.aspect] AS praised,
       [x IN judged WHERE x.negative > x.positive | x.aspect] AS faulted,
       f.rottenTomatoesRating AS rottenTomatoes, f.imdbRating AS imdb
ORDER BY reviews DESC, meanSentiment DESC, film
LIMIT toInteger($limit)
