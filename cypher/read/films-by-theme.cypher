// Films exploring each theme, most strongly first (EXPLORES weight, then title), the first
// request.limit of them: an ordered seek of the EXPLORES(themeId, weight) index (migration 055)
// that stops at the limit, so a theme explored by 50,000 films costs what one explored by 50 does.
// $requests: [{id, limit}]; $filmLimit: the largest limit of the requests (a LIMIT cannot read a
// row's value; each list is cut to its own limit).
// The block is the one of theme-by-name.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param requests => [{id: 'deafness', limit: 20}]; :param filmLimit => 20
UNWIND $requests AS request
MATCH (t:Theme {id: request.id})
RETURN request.id AS id, request.limit AS limit, COLLECT {
    // <theme-films>
    MATCH (f:Film)-[e:EXPLORES]->(t) USING INDEX e:EXPLORES(themeId, weight)
    WHERE e.themeId = t.id AND e.weight IS NOT NULL
    // Ordered as the index is (the theme fixed): ties of weight by title, sorted within the tie only.
    WITH f, e ORDER BY e.themeId DESC, e.weight DESC, f.title LIMIT $filmLimit
    RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}
    // </theme-films>
  }[..request.limit] AS nodes
