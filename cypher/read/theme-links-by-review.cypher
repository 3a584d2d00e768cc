// The themes each review discusses, most salient first, with the evidence.
UNWIND $ids AS id
MATCH (:Review {id: id})-[d:DISCUSSES]->(t:Theme)
WITH id, d, t ORDER BY d.salience DESC, t.name
RETURN id, collect({theme: t {.id, .name, .synonyms}, salience: d.salience, evidence: d.evidence}) AS nodes
