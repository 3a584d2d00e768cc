// One page of themes matching $filter by name key (their id, the slug of the name), keyset-paginated
// on the id: an ordered scan of the Theme(id) index with a limit, in the direction asked (a
// conditional CALL of Cypher 25 runs only that direction's scan); the cost is the page.
// $filter: {idContains, filmId}; $descending; $after: {key, id} or null; $limit: page size + 1
// :param filter => {idContains: null, filmId: null}; :param descending => false; :param after => null; :param limit => 21
CYPHER 25
CALL () {
  WHEN NOT $descending THEN {
    MATCH (t:Theme)
    WHERE t.id > coalesce($after.id, '')
      AND ($filter.idContains IS NULL OR t.id CONTAINS $filter.idContains)
      AND ($filter.filmId IS NULL OR EXISTS { (t)<-[:EXPLORES]-(:Film {id: $filter.filmId}) })
    WITH t ORDER BY t.id LIMIT $limit
    RETURN collect(t) AS page
  }
  WHEN $after IS NULL THEN {
    MATCH (t:Theme)
    WHERE t.id IS NOT NULL
      AND ($filter.idContains IS NULL OR t.id CONTAINS $filter.idContains)
      AND ($filter.filmId IS NULL OR EXISTS { (t)<-[:EXPLORES]-(:Film {id: $filter.filmId}) })
    WITH t ORDER BY t.id DESC LIMIT $limit
    RETURN collect(t) AS page
  }
  ELSE {
    MATCH (t:Theme)
    WHERE t.id < $after.id
      AND ($filter.idContains IS NULL OR t.id CONTAINS $filter.idContains)
      AND ($filter.filmId IS NULL OR EXISTS { (t)<-[:EXPLORES]-(:Film {id: $filter.filmId}) })
    WITH t ORDER BY t.id DESC LIMIT $limit
    RETURN collect(t) AS page
  }
}
RETURN [t IN page | {key: t.id, node: t {.id, .name, .synonyms}}] AS nodes
