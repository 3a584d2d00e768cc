// How many people match $filter (PersonConnection.totalCount, read only when asked).
// $filter: {idContains, filmId} (null = no condition)
// :param filter => {idContains: 'ahmed', filmId: null}
MATCH (p:Person)
WHERE ($filter.idContains IS NULL OR p.id CONTAINS $filter.idContains)
  AND ($filter.filmId IS NULL
       OR EXISTS { (p)-[:DIRECTED|WROTE]->(:Film {id: $filter.filmId}) }
       OR EXISTS { (p)-[:PLAYED]->(:Role)-[:IN]->(:Film {id: $filter.filmId}) })
RETURN count(p) AS count
