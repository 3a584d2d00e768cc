// How reviews across the catalog judge each aspect, most judged first.
MATCH (:Review)-[j:JUDGES]->(a:Aspect)
WITH a.name AS aspect,
     count(CASE WHEN j.polarity = 'POSITIVE' THEN 1 END) AS positive,
     count(CASE WHEN j.polarity = 'NEGATIVE' THEN 1 END) AS negative,
     count(CASE WHEN j.polarity = 'MIXED' THEN 1 END) AS mixed,
     count(CASE WHEN j.polarity = 'NEUTRAL' THEN 1 END) AS neutral,
     count(j) AS total
RETURN aspect, positive, negative, mixed, neutral, total
ORDER BY total DESC, aspect
