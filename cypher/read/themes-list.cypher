// One page of themes matching $filter, ordered by $sort, keyset-paginated on (key, id).
// $filter: {idContains, filmId}; $sort: NAME | FILM_COUNT | REVIEW_COUNT; $descending; $after: {key, id}; $limit
// :param filter => {idContains: null, filmId: null}; :param sort => 'FILM_COUNT'; :param descending => true; :param after => null; :param limit => 21
MATCH (t:Theme)
WHERE ($filter.idContains IS NULL OR t.id CONTAINS $filter.idContains)
  AND ($filter.filmId IS NULL OR EXISTS { (t)<-[:EXPLORES]-(:Film {id: $filter.filmId}) })
WITH t, CASE $sort
  WHEN 'NAME' THEN t.id
  WHEN 'FILM_COUNT' THEN COUNT { (t)<-[:EXPLORES]-(:Film) }
  WHEN 'REVIEW_COUNT' THEN COUNT { (t)<-[:DISCUSSES]-(:Review) }
END AS key
WITH collect({theme: t, key: key}) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row, row.theme AS t, row.theme.id AS id
  WHERE $after IS NULL
     OR ($descending AND (row.key < $after.key OR (row.key = $after.key AND id < $after.id)))
     OR (NOT $descending AND (row.key > $after.key OR (row.key = $after.key AND id > $after.id)))
  ORDER BY CASE WHEN $descending THEN null ELSE row.key END ASC, CASE WHEN $descending THEN row.key END DESC,
           CASE WHEN $descending THEN null ELSE id END ASC, CASE WHEN $descending THEN id END DESC
  LIMIT $limit
  RETURN collect({key: row.key, node: t {.id, .name, .synonyms}}) AS nodes
}
RETURN size(rows) AS totalCount, nodes
