// Adds the aspects critics judge. $aspects: [{id, name}]
UNWIND $aspects AS aspect
MERGE (a:Aspect {id: aspect.id})
SET a.name = aspect.name
RETURN count(a) AS aspects
