// One page of people matching $filter by name key (their id, the slug of the name), keyset-paginated
// on the id: an ordered scan of the Person(id) index with a limit, in the direction asked (a
// conditional CALL of Cypher 25 runs only that direction's scan); the cost is the page.
// $filter: {idContains, filmId}; $descending; $after: {key, id} or null; $limit: page size + 1
// :param filter => {idContains: null, filmId: null}; :param descending => false; :param after => null; :param limit => 21
CYPHER 25
CALL () {
  WHEN NOT $descending THEN {
    MATCH (p:Person)
    WHERE p.id > coalesce($after.id, '')
      AND ($filter.idContains IS NULL OR p.id CONTAINS $filter.idContains)
      AND ($filter.filmId IS NULL
           OR EXISTS { (p)-[:DIRECTED|WROTE]->(:Film {id: $filter.filmId}) }
           OR EXISTS { (p)-[:PLAYED]->(:Role)-[:IN]->(:Film {id: $filter.filmId}) })
    WITH p ORDER BY p.id LIMIT $limit
    RETURN collect(p) AS page
  }
  WHEN $after IS NULL THEN {
    MATCH (p:Person)
    WHERE p.id IS NOT NULL
      AND ($filter.idContains IS NULL OR p.id CONTAINS $filter.idContains)
      AND ($filter.filmId IS NULL
           OR EXISTS { (p)-[:DIRECTED|WROTE]->(:Film {id: $filter.filmId}) }
           OR EXISTS { (p)-[:PLAYED]->(:Role)-[:IN]->(:Film {id: $filter.filmId}) })
    WITH p ORDER BY p.id DESC LIMIT $limit
    RETURN collect(p) AS page
  }
  ELSE {
    MATCH (p:Person)
    WHERE p.id < $after.id
      AND ($filter.idContains IS NULL OR p.id CONTAINS $filter.idContains)
      AND ($filter.filmId IS NULL
           OR EXISTS { (p)-[:DIRECTED|WROTE]->(:Film {id: $filter.filmId}) }
           OR EXISTS { (p)-[:PLAYED]->(:Role)-[:IN]->(:Film {id: $filter.filmId}) })
    WITH p ORDER BY p.id DESC LIMIT $limit
    RETURN collect(p) AS page
  }
}
RETURN [p IN page | {key: p.id, node: p {.id, .name}}] AS nodes
