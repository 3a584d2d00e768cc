// People's co-appearance network: pairs of people credited on the same films (as actor through a
// role, director or writer), with the films they share. In Neo4j Browser, return the pattern
// instead to see the network: MATCH p = (a:Person)-[:PLAYED|DIRECTED|WROTE]->()... RETURN p
// Parameters (paste these lines into Neo4j Browser first):
// :param minSharedFilms => 1
// :param limit => 50
MATCH (a:Person)-[:PLAYED|DIRECTED|WROTE]->()-[:IN*0..1]->(f:Film)<-[:IN*0..1]-()<-[:PLAYED|DIRECTED|WROTE]-(b:Person)
WHERE a.id < b.id
WITH a, b, collect(DISTINCT f.title) AS films
WHERE size(films) >= $minSharedFilms
RETURN a.name AS person, b.name AS otherPerson, size(films) AS sharedFilms, films
ORDER BY sharedFilms DESC, person, otherPerson
LIMIT toInteger($limit)
