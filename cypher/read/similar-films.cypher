// For each film, the films sharing its themes and people, best first, among a bounded set of
// candidates (the block's comment; docs/similar-films.md), so a film of a 50,000-film catalog costs
// what one of a small catalog does.
// score = sum over the themes both films explore of the smaller EXPLORES weight + $personWeight per
// key person (director, writer or top-billed cast member of the film) credited on the other film.
// $requests: [{id, limit}]; $similarLimit: the largest limit of the requests (a LIMIT cannot read
// a row's value; each list is cut to its own limit); $similarCandidates: {themes, filmsPerTheme,
// crew, cast, personFilms} (integers; src/graphql/similar-films.ts).
// $themeSynonyms: whether the shared themes carry their synonyms (set by film-by-title.cypher when
// the operation asks Theme.synonyms; the loaders set it).
// The block is the one of film-by-title.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param requests => [{id: 'sound-of-metal-2019', limit: 5}]; :param similarLimit => 5; :param personWeight => 0.5
// :param similarCandidates => {themes: 10, filmsPerTheme: 20, crew: 3, cast: 5, personFilms: 50}
UNWIND $requests AS request
MATCH (f:Film {id: request.id})
RETURN request.id AS id, request.limit AS limit, COLLECT {
    // <similar-films>
    // Candidates, a bounded set whatever the size of the catalog ($similarCandidates): the
    // `filmsPerTheme` films exploring most strongly each of the film's `themes` strongest themes
    // (an ordered seek of the EXPLORES(themeId, weight) index), and the films of the film's key
    // people: its directors and writers (the first `crew` of each by name) and its first `cast`
    // cast members by billing, the `personFilms` sharing the most key people kept besides them.
    WITH f, COLLECT { MATCH (f)<-[:DIRECTED]-(p:Person) RETURN p ORDER BY p.name, p.id }[..$similarCandidates.crew]
         + COLLECT { MATCH (f)<-[:WROTE]-(p:Person) RETURN p ORDER BY p.name, p.id }[..$similarCandidates.crew]
         + COLLECT { MATCH (f)<-[:IN]-(r:Role)<-[:PLAYED]-(p:Person) RETURN p ORDER BY coalesce(r.billing, 1000), r.name, p.id }[..$similarCandidates.cast]
         AS keyPeople
    CALL (f, keyPeople) {
      MATCH (f)-[mine:EXPLORES]->(t:Theme)
      WITH t ORDER BY mine.weight DESC, t.name LIMIT $similarCandidates.themes
      CALL (t) {
        MATCH (o:Film)-[theirs:EXPLORES]->(t) USING INDEX theirs:EXPLORES(themeId, weight)
        WHERE theirs.themeId = t.id AND theirs.weight IS NOT NULL
        WITH o, theirs ORDER BY theirs.themeId DESC, theirs.weight DESC LIMIT $similarCandidates.filmsPerTheme
        RETURN o
      }
      RETURN o AS other, null AS person, 1 AS viaTheme
      UNION ALL
      UNWIND keyPeople AS p
      WITH DISTINCT p
      CALL (p) {
        MATCH (p)-[:DIRECTED|WROTE]->(o:Film) RETURN o
        UNION
        MATCH (p)-[:PLAYED]->(:Role)-[:IN]->(o:Film) RETURN o
      }
      RETURN o AS other, p AS person, 0 AS viaTheme
    }
    WITH f, other, person, viaTheme WHERE other <> f
    WITH f, other, person, viaTheme ORDER BY person.name, person.id
    WITH f, other, collect(DISTINCT person {.id, .name}) AS people, max(viaTheme) AS viaTheme
    WITH f, other, people ORDER BY viaTheme DESC, size(people) DESC, coalesce(other.reviewCount, 0) DESC, other.titleKey, other.id
    LIMIT $similarCandidates.themes * $similarCandidates.filmsPerTheme + $similarCandidates.personFilms
    // Each candidate's score: every theme both films explore (the smaller weight), and the key people.
    // Both films' themes are read and joined on the theme: a popular film explores hundreds, and
    // checking each of one film's links against the other's would cost their product.
    CALL (f, other) {
      MATCH (f)-[mine:EXPLORES]->(t:Theme)<-[theirs:EXPLORES]-(other)
      USING JOIN ON t
      WITH t, CASE WHEN mine.weight < theirs.weight THEN mine.weight ELSE theirs.weight END AS points
      ORDER BY points DESC, t.name
      RETURN sum(points) AS themeScore, collect(CASE WHEN $themeSynonyms THEN t {.id, .name, .synonyms} ELSE t {.id, .name} END) AS themes
    }
    WITH other, themeScore + $personWeight * size(people) AS score, themes, people
    ORDER BY score DESC, other.titleKey, other.id
    LIMIT $similarLimit
    RETURN {score: score, film: other {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}, sharedThemes: themes, sharedPeople: people}
    // </similar-films>
  }[..request.limit] AS nodes
