// One page of films ordered by title, keyset-paginated on (titleKey, id).
MATCH (f:Film)
WHERE $afterTitleKey IS NULL
   OR f.titleKey > $afterTitleKey
   OR (f.titleKey = $afterTitleKey AND f.id > $afterId)
WITH f
ORDER BY f.titleKey, f.id
LIMIT $limit
WITH collect(f {.id, .title, .year, .runtimeMinutes, .titleKey}) AS nodes
CALL () {
  MATCH (any:Film)
  RETURN count(any) AS totalCount
}
RETURN nodes, totalCount
