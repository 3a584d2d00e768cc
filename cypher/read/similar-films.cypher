// For each film, the films sharing its themes and people, best first.
// score = sum over shared themes of the smaller EXPLORES weight + $personWeight per shared person.
// $requests: [{id, limit}]; $similarLimit: the largest limit of the requests (a LIMIT cannot read
// a row's value; each list is cut to its own limit).
// The block is the one of film-by-title.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param requests => [{id: 'sound-of-metal-2019', limit: 5}]; :param similarLimit => 5; :param personWeight => 0.5
UNWIND $requests AS request
MATCH (f:Film {id: request.id})
RETURN request.id AS id, request.limit AS limit, COLLECT {
    // <similar-films>
    CALL (f) {
      MATCH (f)-[mine:EXPLORES]->(t:Theme)<-[theirs:EXPLORES]-(other:Film)
      WHERE other <> f
      RETURN other, t AS theme, CASE WHEN mine.weight < theirs.weight THEN mine.weight ELSE theirs.weight END AS points,
             null AS person
      UNION ALL
      CALL (f) {
        MATCH (f)<-[:DIRECTED|WROTE]-(p:Person) RETURN p
        UNION
        MATCH (f)<-[:IN]-(:Role)<-[:PLAYED]-(p:Person) RETURN p
      }
      CALL (p) {
        MATCH (p)-[:DIRECTED|WROTE]->(o:Film) RETURN o
        UNION
        MATCH (p)-[:PLAYED]->(:Role)-[:IN]->(o:Film) RETURN o
      }
      WITH f, p, o WHERE o <> f
      RETURN o AS other, null AS theme, 0.0 AS points, p AS person
    }
    WITH other, theme, points, person ORDER BY points DESC, theme.name
    WITH other, sum(points) AS themeScore, collect(theme {.id, .name, .synonyms}) AS themes,
         collect(DISTINCT person {.id, .name}) AS people
    WITH other, themeScore + $personWeight * size(people) AS score, themes, people
    ORDER BY score DESC, other.titleKey, other.id
    LIMIT $similarLimit
    RETURN {score: score, film: other {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}, sharedThemes: themes, sharedPeople: people}
    // </similar-films>
  }[..request.limit] AS nodes
