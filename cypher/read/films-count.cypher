// How many films match $filter (FilmConnection.totalCount, read only when asked).
// Without any condition use film-count.cypher, which Neo4j answers from its count store.
// $filter: {titleKeyContains, yearFrom, yearTo, genreId, themeId, personId, reviewed} (null = no condition)
// :param filter => {titleKeyContains: null, yearFrom: 2000, yearTo: null, genreId: null, themeId: null, personId: null, reviewed: null}
MATCH (f:Film)
WHERE ($filter.titleKeyContains IS NULL OR f.titleKey CONTAINS $filter.titleKeyContains)
  AND ($filter.yearFrom IS NULL OR f.year >= $filter.yearFrom)
  AND ($filter.yearTo IS NULL OR f.year <= $filter.yearTo)
  AND ($filter.genreId IS NULL OR EXISTS { (f)-[:HAS_GENRE]->(:Genre {id: $filter.genreId}) })
  AND ($filter.themeId IS NULL OR EXISTS { (f)-[:EXPLORES]->(:Theme {id: $filter.themeId}) })
  AND ($filter.personId IS NULL
       OR EXISTS { (f)<-[:DIRECTED|WROTE]-(:Person {id: $filter.personId}) }
       OR EXISTS { (f)<-[:IN]-(:Role)<-[:PLAYED]-(:Person {id: $filter.personId}) })
  AND ($filter.reviewed IS NULL OR $filter.reviewed = (f.reviewCount IS NOT NULL))
RETURN count(f) AS count
