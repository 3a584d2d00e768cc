// One page of all films (no filter: a small plan; films-by-latest-review.cypher filters) by newest review (maintained Film.latestReviewAt), keyset-paginated on (latestReviewAt, id).
// The shape of every cypher/read/films-by-*.cypher (docs/performance.md): the page is read in
// stages (the rows tied with the cursor's key, then the rows after it), each an ordered scan of
// the composite index on (Film.latestReviewAt, Film.id) with a limit, and a stage runs only while the page
// is not full (conditional CALL of Cypher 25): the cost is the page, not the catalog.
// Films without the key sort lowest: first ascending, last descending, by id (scans of the
// id index that skip the films with the key: cheap while most films lack it).
// $filter is not read. $descending: boolean; $after: {key, id} of the last row of the previous page, or null; $limit: page size + 1
// :param descending => false; :param after => null; :param limit => 21
CYPHER 25
CALL () {
    WHEN NOT $descending AND $after.key IS NULL AND NOT (true) THEN { RETURN [] AS found }
    WHEN NOT $descending AND $after.key IS NULL THEN {
      MATCH (f:Film)
      WHERE f.id > coalesce($after.id, '') AND f.latestReviewAt IS NULL
      WITH f ORDER BY f.id LIMIT $limit
      RETURN collect(f) AS found
    }
    WHEN NOT $descending THEN {
      MATCH (f:Film) USING INDEX f:Film(latestReviewAt, id)
      WHERE f.latestReviewAt = datetime($after.key) AND f.id > $after.id
      WITH f ORDER BY f.latestReviewAt, f.id LIMIT $limit
      RETURN collect(f) AS found
    }
    WHEN $after IS NULL THEN {
      MATCH (f:Film) USING INDEX f:Film(latestReviewAt, id)
      WHERE f.latestReviewAt IS NOT NULL AND f.id IS NOT NULL
      WITH f ORDER BY f.latestReviewAt DESC, f.id DESC LIMIT $limit
      RETURN collect(f) AS found
    }
    WHEN $after.key IS NOT NULL THEN {
      MATCH (f:Film) USING INDEX f:Film(latestReviewAt, id)
      WHERE f.latestReviewAt = datetime($after.key) AND f.id < $after.id
      WITH f ORDER BY f.latestReviewAt DESC, f.id DESC LIMIT $limit
      RETURN collect(f) AS found
    }
    ELSE {
      MATCH (f:Film)
      WHERE f.id < $after.id AND f.latestReviewAt IS NULL
      WITH f ORDER BY f.id DESC LIMIT $limit
      RETURN collect(f) AS found
    }
  }
WITH found AS films
CALL (films) {
    WHEN size(films) >= $limit THEN { RETURN [] AS found }
    WHEN NOT $descending AND $after.key IS NULL THEN {
      MATCH (f:Film) USING INDEX f:Film(latestReviewAt, id)
      WHERE f.latestReviewAt IS NOT NULL AND f.id IS NOT NULL
      WITH f ORDER BY f.latestReviewAt, f.id LIMIT $limit
      RETURN collect(f) AS found
    }
    WHEN NOT $descending THEN {
      MATCH (f:Film) USING INDEX f:Film(latestReviewAt, id)
      WHERE f.latestReviewAt > datetime($after.key) AND f.id IS NOT NULL
      WITH f ORDER BY f.latestReviewAt, f.id LIMIT $limit
      RETURN collect(f) AS found
    }
    WHEN $after IS NULL AND NOT (true) THEN { RETURN [] AS found }
    WHEN $after IS NULL THEN {
      MATCH (f:Film)
      WHERE f.id IS NOT NULL AND f.latestReviewAt IS NULL
      WITH f ORDER BY f.id DESC LIMIT $limit
      RETURN collect(f) AS found
    }
    WHEN $after.key IS NOT NULL THEN {
      MATCH (f:Film) USING INDEX f:Film(latestReviewAt, id)
      WHERE f.latestReviewAt < datetime($after.key) AND f.id IS NOT NULL
      WITH f ORDER BY f.latestReviewAt DESC, f.id DESC LIMIT $limit
      RETURN collect(f) AS found
    }
    ELSE { RETURN [] AS found }
  }
WITH films + found AS more
CALL (more) {
    WHEN size(more) >= $limit OR NOT $descending OR $after IS NULL OR $after.key IS NULL OR NOT (true) THEN { RETURN [] AS found }
    ELSE {
      MATCH (f:Film)
      WHERE f.id IS NOT NULL AND f.latestReviewAt IS NULL
      WITH f ORDER BY f.id DESC LIMIT $limit
      RETURN collect(f) AS found
    }
  }
WITH more + found AS page
RETURN [f IN page[..$limit] | {key: toString(f.latestReviewAt), node: f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}}] AS nodes
