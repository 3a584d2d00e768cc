// Films with at least $minReviews reviews ranked by how much their critics agree. A review's
// verdict is POSITIVE above $positiveAbove, NEGATIVE below $negativeBelow, else NEUTRAL;
// agreement = share of reviews giving the most common verdict; spread = population std dev of sentiment.
// :param minReviews => 2; :param positiveAbove => 0.2; :param negativeBelow => -0.2; :param divided => true; :param limit => 10
MATCH (r:Review)-[:REVIEWS]->(f:Film)
WITH f, count(r) AS reviewCount,
     count(CASE WHEN r.sentiment > $positiveAbove THEN 1 END) AS positive,
     count(CASE WHEN r.sentiment < $negativeBelow THEN 1 END) AS negative,
     stDevP(r.sentiment) AS spread
WHERE reviewCount >= $minReviews
WITH f, reviewCount, positive, spread, reduce(most = 0, n IN [positive, negative, reviewCount - positive - negative] |
       CASE WHEN n > most THEN n ELSE most END) AS majority
WITH f, reviewCount, toFloat(positive) / reviewCount AS positiveShare, toFloat(majority) / reviewCount AS agreement, spread
ORDER BY CASE WHEN $divided THEN agreement ELSE -agreement END, CASE WHEN $divided THEN -spread ELSE spread END, f.titleKey, f.id
LIMIT $limit
RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource} AS film, reviewCount, positiveShare, agreement, spread AS sentimentSpread
