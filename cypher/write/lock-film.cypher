// Takes the film's write lock before a review of it is stored: Neo4j locks a node on any property
// write (the same value too) until the transaction ends. Writes of one film's reviews then run one
// after another, and each re-aggregates the film's themes from every committed review (no lost
// update). Taken first in the transaction, so the lock order stays Film, then the shared nodes.
// Answers the film's id; no row when there is no such film.
// :param filmId => 'sound-of-metal-2019'
MATCH (f:Film {id: $filmId})
SET f.id = f.id
RETURN f.id AS filmId
