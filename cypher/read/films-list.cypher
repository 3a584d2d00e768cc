// One page of films matching $filter, ordered by $sort, keyset-paginated on (key, id).
// $filter: {titleKeyContains, yearFrom, yearTo, genreId, themeId, personId, reviewed} (null = no condition)
// $sort: TITLE | YEAR | REVIEW_COUNT | POSITIVE_SHARE | LATEST_REVIEW; $descending: boolean
// $after: {key, id} or null; $limit: page size + 1; $positiveAbove: sentiment of a positive review (0.2); $positiveScoreFrom: score of a positive review (61)
// :param filter => {titleKeyContains: null, yearFrom: 2000, yearTo: null, genreId: null, themeId: null, personId: null, reviewed: null}
// :param sort => 'TITLE'; :param descending => false; :param after => null; :param limit => 21; :param positiveAbove => 0.2; :param positiveScoreFrom => 61
MATCH (f:Film)
WHERE ($filter.titleKeyContains IS NULL OR f.titleKey CONTAINS $filter.titleKeyContains)
  AND ($filter.yearFrom IS NULL OR f.year >= $filter.yearFrom)
  AND ($filter.yearTo IS NULL OR f.year <= $filter.yearTo)
  AND ($filter.genreId IS NULL OR EXISTS { (f)-[:HAS_GENRE]->(:Genre {id: $filter.genreId}) })
  AND ($filter.themeId IS NULL OR EXISTS { (f)-[:EXPLORES]->(:Theme {id: $filter.themeId}) })
  AND ($filter.personId IS NULL
       OR EXISTS { (f)<-[:DIRECTED|WROTE]-(:Person {id: $filter.personId}) }
       OR EXISTS { (f)<-[:IN]-(:Role)<-[:PLAYED]-(:Person {id: $filter.personId}) })
  AND ($filter.reviewed IS NULL OR $filter.reviewed = EXISTS { (f)<-[:REVIEWS]-(:Review) })
WITH f, CASE $sort
  WHEN 'TITLE' THEN f.titleKey
  WHEN 'YEAR' THEN coalesce(f.year, -1)
  WHEN 'REVIEW_COUNT' THEN COUNT { (f)<-[:REVIEWS]-(:Review) }
  WHEN 'POSITIVE_SHARE' THEN
    // One pass over the film's reviews: 1.0 per positive verdict, 0.0 per other verdict; reviews
    // without a verdict (a language the analysis cannot read) do not count.
    CASE WHEN NOT EXISTS { (f)<-[:REVIEWS]-(:Review) } THEN -1.0
    ELSE reduce(share = 0.0, votes IN [[(f)<-[:REVIEWS]-(r:Review) WHERE r.score IS NOT NULL OR r.sentiment IS NOT NULL
                                       | CASE WHEN r.score >= $positiveScoreFrom OR (r.score IS NULL AND r.sentiment > $positiveAbove)
                                              THEN 1.0 ELSE 0.0 END]]
                | CASE size(votes) WHEN 0 THEN 0.0 ELSE reduce(sum = 0.0, v IN votes | sum + v) / size(votes) END)
    END
  WHEN 'LATEST_REVIEW' THEN
    reduce(latest = -1, at IN [(f)<-[:REVIEWS]-(r:Review) | r.createdAt.epochMillis] | CASE WHEN at > latest THEN at ELSE latest END)
END AS key
WITH collect({film: f, key: key}) AS rows
CALL (rows) {
  UNWIND rows AS row
  WITH row, row.film AS f, row.film.id AS id
  WHERE $after IS NULL
     OR ($descending AND (row.key < $after.key OR (row.key = $after.key AND id < $after.id)))
     OR (NOT $descending AND (row.key > $after.key OR (row.key = $after.key AND id > $after.id)))
  ORDER BY CASE WHEN $descending THEN null ELSE row.key END ASC, CASE WHEN $descending THEN row.key END DESC,
           CASE WHEN $descending THEN null ELSE id END ASC, CASE WHEN $descending THEN id END DESC
  LIMIT $limit
  RETURN collect({key: row.key, node: f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}}) AS nodes
}
RETURN size(rows) AS totalCount, nodes
