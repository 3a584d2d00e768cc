// How many themes match $filter (ThemeConnection.totalCount, read only when asked).
// $filter: {idContains, filmId} (null = no condition)
// :param filter => {idContains: 'deaf', filmId: null}
MATCH (t:Theme)
WHERE ($filter.idContains IS NULL OR t.id CONTAINS $filter.idContains)
  AND ($filter.filmId IS NULL OR EXISTS { (t)<-[:EXPLORES]-(:Film {id: $filter.filmId}) })
RETURN count(t) AS count
