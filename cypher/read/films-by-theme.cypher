// Films exploring each theme, most strongly first.
// The block is the one of theme-by-name.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param ids => ['deafness']
UNWIND $ids AS id
MATCH (t:Theme {id: id})
RETURN id, COLLECT {
    // <theme-films>
    MATCH (t)<-[e:EXPLORES]-(f:Film)
    RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}
    ORDER BY e.weight DESC, f.title
    // </theme-films>
  } AS nodes
