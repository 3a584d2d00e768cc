// One page of reviews matching $filter, ordered by $sort, keyset-paginated on (key, id).
// $filter: {filmId, author (lower case), sentimentAbove, sentimentBelow, dateFrom, dateTo} (null = no condition)
// $sort: CREATED_AT | DATE | SENTIMENT; $descending; $after: {key, id}; $limit
// The date of a review is publishedAt, or createdAt when unknown (ISO 8601 strings compare in order).
// :param filter => {filmId: null, author: null, sentimentAbove: 0.2, sentimentBelow: null, dateFrom: null, dateTo: null}
// :param sort => 'CREATED_AT'; :param descending => true; :param after => null; :param limit => 21
MATCH (r:Review)-[:REVIEWS]->(f:Film)
WHERE ($filter.filmId IS NULL OR f.id = $filter.filmId)
  AND ($filter.author IS NULL OR toLower(r.author) = $filter.author)
  AND ($filter.sentimentAbove IS NULL OR r.sentiment > $filter.sentimentAbove)
  AND ($filter.sentimentBelow IS NULL OR r.sentiment < $filter.sentimentBelow)
WITH r, f, coalesce(r.publishedAt, r.createdAt) AS date
WHERE ($filter.dateFrom IS NULL OR date >= $filter.dateFrom)
  AND ($filter.dateTo IS NULL OR date <= $filter.dateTo)
WITH r, f, CASE $sort
  WHEN 'CREATED_AT' THEN r.createdAt
  WHEN 'DATE' THEN date
  WHEN 'SENTIMENT' THEN coalesce(r.sentiment, 0.0)
END AS key
WITH collect({review: r, filmId: f.id, key: key}) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row, row.review.id AS id
  WHERE $after IS NULL
     OR ($descending AND (row.key < $after.key OR (row.key = $after.key AND id < $after.id)))
     OR (NOT $descending AND (row.key > $after.key OR (row.key = $after.key AND id > $after.id)))
  ORDER BY CASE WHEN $descending THEN null ELSE row.key END ASC, CASE WHEN $descending THEN row.key END DESC,
           CASE WHEN $descending THEN null ELSE id END ASC, CASE WHEN $descending THEN id END DESC
  LIMIT $limit
  RETURN collect({key: row.key,
                  node: row.review {.id, .text, .sentiment, .author, .source, .publishedAt, .createdAt, filmId: row.filmId}}) AS nodes
}
RETURN size(rows) AS totalCount, nodes
