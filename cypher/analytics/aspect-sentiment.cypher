// Aspect sentiment over the whole catalog: for each aspect critics judge (performance, pacing,
// sound design ...), how many judgements are positive, negative, mixed or neutral, over how many
// films.
// Parameters (paste these lines into Neo4j Browser first):
// :param minJudgements => 1
MATCH (a:Aspect)<-[j:JUDGES]-(r:Review)-[:REVIEWS]->(f:Film)
WITH a, count(j) AS judgements, count(DISTINCT f) AS films,
     count(CASE WHEN j.polarity = 'POSITIVE' THEN 1 END) AS positive,
     count(CASE WHEN j.polarity = 'NEGATIVE' THEN 1 END) AS negative,
     count(CASE WHEN j.polarity = 'MIXED' THEN 1 END) AS mixed,
     count(CASE WHEN j.polarity = 'NEUTRAL' THEN 1 END) AS neutral
WHERE judgements >= $minJudgements
RETURN a.name AS aspect, judgements, positive, negative, mixed, neutral, films,
       round(toFloat(positive - negative) / judgements, 2) AS netSentiment
ORDER BY judgements DESC, aspect
