// The aspect judgements of each review, in the order they appear in its text.
UNWIND $ids AS id
MATCH (:Review {id: id})-[j:JUDGES]->(a:Aspect)
WITH id, j, a ORDER BY j.start, a.name
RETURN id, collect({aspect: a.name, polarity: j.polarity, evidence: j.evidence, start: j.start, end: j.end}) AS nodes
