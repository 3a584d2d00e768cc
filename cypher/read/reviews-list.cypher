// One page of reviews matching $filter, ordered by $sort, keyset-paginated on (key, id).
// $filter: {filmId, author (lower case), verdict, dateFrom, dateTo, dateBefore} (null = no condition);
//          the dates are ISO 8601 UTC instants: dateFrom and dateTo inclusive, dateBefore exclusive
// A review's verdict: from its score when it has one (POSITIVE from $positiveScoreFrom, NEGATIVE up to
// $negativeScoreTo), else POSITIVE when sentiment > $positiveAbove, NEGATIVE when < $negativeBelow;
// a review without either (a language the analysis cannot read) has none.
// $sort: CREATED_AT | DATE | SENTIMENT; $descending; $after: {key, id}; $limit
// The date of a review is the instant datedAt (publishedAt, a bare date at 00:00 UTC, else createdAt);
// dates sort and page by their epoch milliseconds, so the cursor key is a number.
// :param filter => {filmId: null, author: null, verdict: 'POSITIVE', dateFrom: null, dateTo: null, dateBefore: null}
// :param positiveAbove => 0.2; :param negativeBelow => -0.2; :param positiveScoreFrom => 61; :param negativeScoreTo => 39
// :param sort => 'CREATED_AT'; :param descending => true; :param after => null; :param limit => 21
MATCH (r:Review)-[:REVIEWS]->(f:Film)
WHERE ($filter.filmId IS NULL OR f.id = $filter.filmId)
  AND ($filter.author IS NULL OR toLower(r.author) = $filter.author)
  AND ($filter.verdict IS NULL OR $filter.verdict = CASE
         WHEN r.score IS NOT NULL THEN CASE WHEN r.score >= $positiveScoreFrom THEN 'POSITIVE'
                                            WHEN r.score <= $negativeScoreTo THEN 'NEGATIVE' ELSE 'NEUTRAL' END
         WHEN r.sentiment IS NULL THEN null
         WHEN r.sentiment > $positiveAbove THEN 'POSITIVE'
         WHEN r.sentiment < $negativeBelow THEN 'NEGATIVE'
         ELSE 'NEUTRAL' END)
WITH r, f, coalesce(r.datedAt, r.createdAt) AS date
WHERE ($filter.dateFrom IS NULL OR date >= datetime($filter.dateFrom))
  AND ($filter.dateTo IS NULL OR date <= datetime($filter.dateTo))
  AND ($filter.dateBefore IS NULL OR date < datetime($filter.dateBefore))
WITH r, f, CASE $sort
  WHEN 'CREATED_AT' THEN r.createdAt.epochMillis
  WHEN 'DATE' THEN date.epochMillis
  WHEN 'SENTIMENT' THEN coalesce(r.sentiment, 0.0)
END AS key
WITH collect({review: r, filmId: f.id, key: key}) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row, row.review AS r, row.review.id AS id
  WHERE $after IS NULL
     OR ($descending AND (row.key < $after.key OR (row.key = $after.key AND id < $after.id)))
     OR (NOT $descending AND (row.key > $after.key OR (row.key = $after.key AND id > $after.id)))
  ORDER BY CASE WHEN $descending THEN null ELSE row.key END ASC, CASE WHEN $descending THEN row.key END DESC,
           CASE WHEN $descending THEN null ELSE id END ASC, CASE WHEN $descending THEN id END DESC
  LIMIT $limit
  RETURN collect({key: row.key,
                  node: r {.id, .text, .sentiment, .rating, .score, .language, .author, .source, .publishedAt, .createdAt, filmId: row.filmId}}) AS nodes
}
RETURN size(rows) AS totalCount, nodes
