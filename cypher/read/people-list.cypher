// One page of people matching $filter, ordered by $sort, keyset-paginated on (key, id).
// $filter: {idContains, filmId}; $sort: NAME | FILM_COUNT | POSITIVE_MENTIONS; $descending; $after: {key, id}; $limit
// :param filter => {idContains: 'ahmed', filmId: null}; :param sort => 'NAME'; :param descending => false; :param after => null; :param limit => 21
MATCH (p:Person)
WHERE ($filter.idContains IS NULL OR p.id CONTAINS $filter.idContains)
  AND ($filter.filmId IS NULL
       OR EXISTS { (p)-[:DIRECTED|WROTE]->(:Film {id: $filter.filmId}) }
       OR EXISTS { (p)-[:PLAYED]->(:Role)-[:IN]->(:Film {id: $filter.filmId}) })
WITH p, CASE $sort
  WHEN 'NAME' THEN p.id
  WHEN 'FILM_COUNT' THEN size(COLLECT {
    MATCH (p)-[:DIRECTED|WROTE]->(f:Film) RETURN f
    UNION
    MATCH (p)-[:PLAYED]->(:Role)-[:IN]->(f:Film) RETURN f
  })
  WHEN 'POSITIVE_MENTIONS' THEN size(COLLECT {
    MATCH (r:Review)-[:MENTIONS {polarity: 'POSITIVE'}]->(p) RETURN r
    UNION
    MATCH (r:Review)-[:MENTIONS {polarity: 'POSITIVE'}]->(:Role)<-[:PLAYED]-(p) RETURN r
  })
END AS key
WITH collect({person: p, key: key}) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row, row.person AS p, row.person.id AS id
  WHERE $after IS NULL
     OR ($descending AND (row.key < $after.key OR (row.key = $after.key AND id < $after.id)))
     OR (NOT $descending AND (row.key > $after.key OR (row.key = $after.key AND id > $after.id)))
  ORDER BY CASE WHEN $descending THEN null ELSE row.key END ASC, CASE WHEN $descending THEN row.key END DESC,
           CASE WHEN $descending THEN null ELSE id END ASC, CASE WHEN $descending THEN id END DESC
  LIMIT $limit
  RETURN collect({key: row.key, node: p {.id, .name}}) AS nodes
}
RETURN size(rows) AS totalCount, nodes
