// Films with at least $minReviews reviews with a verdict, ranked by how much their critics agree.
// A review's verdict comes from its score when it has one (POSITIVE from $positiveScoreFrom,
// NEGATIVE up to $negativeScoreTo), else POSITIVE above $positiveAbove sentiment, NEGATIVE below
// $negativeBelow, else NEUTRAL; a review with neither (a language the analysis cannot read) is left out.
// agreement = share of reviews giving the most common verdict; spread = population std dev of sentiment.
// :param minReviews => 2; :param positiveAbove => 0.2; :param negativeBelow => -0.2; :param divided => true; :param limit => 10
// :param positiveScoreFrom => 61; :param negativeScoreTo => 39
MATCH (r:Review)-[:REVIEWS]->(f:Film)
WHERE r.score IS NOT NULL OR r.sentiment IS NOT NULL
WITH f, r, CASE WHEN r.score IS NOT NULL THEN CASE WHEN r.score >= $positiveScoreFrom THEN 'POSITIVE' WHEN r.score <= $negativeScoreTo THEN 'NEGATIVE' ELSE 'NEUTRAL' END
              WHEN r.sentiment > $positiveAbove THEN 'POSITIVE' WHEN r.sentiment < $negativeBelow THEN 'NEGATIVE' ELSE 'NEUTRAL' END AS verdict
WITH f, count(r) AS reviewCount,
     count(CASE WHEN verdict = 'POSITIVE' THEN 1 END) AS positive,
     count(CASE WHEN verdict = 'NEGATIVE' THEN 1 END) AS negative,
     stDevP(r.sentiment) AS spread
WHERE reviewCount >= $minReviews
WITH f, reviewCount, positive, spread, reduce(most = 0, n IN [positive, negative, reviewCount - positive - negative] |
       CASE WHEN n > most THEN n ELSE most END) AS majority
WITH f, reviewCount, toFloat(positive) / reviewCount AS positiveShare, toFloat(majority) / reviewCount AS agreement, spread
ORDER BY CASE WHEN $divided THEN agreement ELSE -agreement END, CASE WHEN $divided THEN -spread ELSE spread END, f.titleKey, f.id
LIMIT $limit
RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource} AS film, reviewCount, positiveShare, agreement, spread AS sentimentSpread
