// A film by its title key (the folded key of its title); the newest one unless a year is given (undated films last).
// With it, in the same statement, what the query asks for below the film ($include; a field not
// asked is null and costs nothing: each is a CASE evaluated only when its flag is set), so a film
// page, a nested query and the analytics fields of one film are one round trip:
// - directors, writers, cast, themes, genres (booleans): in the order and shape of directors-,
//   writers-, cast-, themes- and genres-by-film.cypher;
// - castRoles (boolean, with cast): each cast member's roles with their films, as
//   roles-by-person.cypher (the same block; film → cast → person → roles → film), each film with
//   every property when roleFilmDetails (boolean), otherwise its id, title and year;
// - reviews ({afterCreatedAt, afterId, themeLinks, aspects, mentions, roleLinks} or null): the first page of
//   reviews-by-film.cypher (the same block), $reviewLimit the page size + 1;
// - consensus (boolean): the film's maintained consensus aggregates, as consensus-by-film.cypher (the
//   same block; $consensusQuotes: with the praise and criticism quotes);
// - similar (boolean): the first $similarLimit films of similar-films.cypher (the same block), $personWeight,
//   $similarCandidates;
// $themeSynonyms (boolean): whether the themes above (the film's, each review's, those shared with a
// similar film) carry their synonyms (src/graphql/theme-synonyms.ts), else only id and name.
// Parameters are in one map so that Neo4j caches one plan per type of $year, whatever is asked.
// :param titleKey => 'sound-of-metal'; :param year => null; :param themeSynonyms => false; :param reviewLimit => 11; :param similarLimit => 5; :param consensusQuotes => false; :param personWeight => 0.5
// :param similarCandidates => {themes: 10, filmsPerTheme: 20, crew: 3, cast: 5, personFilms: 50}
// :param include => {directors: true, writers: false, cast: true, castRoles: false, roleFilmDetails: false, themes: true, genres: false, consensus: false, similar: false, reviews: {afterCreatedAt: null, afterId: null, themeLinks: true, aspects: true, mentions: true, roleLinks: false}}
MATCH (f:Film {titleKey: $titleKey})
WHERE $year IS NULL OR f.year = $year
WITH f ORDER BY f.year IS NULL, f.year DESC LIMIT 1
WITH f, $include.reviews AS page
RETURN f {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId} AS node,
  CASE WHEN $include.directors THEN COLLECT {
    MATCH (f)<-[:DIRECTED]-(p:Person) RETURN p {.id, .name, .imdbId, .wikidataId} ORDER BY p.name
  } END AS directors,
  CASE WHEN $include.writers THEN COLLECT {
    MATCH (f)<-[:WROTE]-(p:Person) RETURN p {.id, .name, .imdbId, .wikidataId} ORDER BY p.name
  } END AS writers,
  CASE WHEN $include.cast THEN COLLECT {
    MATCH (f)<-[:IN]-(r:Role)
    OPTIONAL MATCH (p:Person)-[:PLAYED]->(r)
    RETURN r {.id, .name, filmId: f.id, personId: p.id, person: p {.id, .name, .imdbId, .wikidataId,
      roles: CASE WHEN $include.castRoles THEN COLLECT {
        // <person-roles>
        // Each role as a list (src/graphql/role-rows.ts): [role id, role name, film id, film title, film year,
        // film], the last the film with every property when the query asks one of the others
        // ($include.roleFilmDetails, src/graphql/role-film-fields.ts), else null. A list, not a map: the
        // driver decodes a map's keys again in every map, which cost the service about as much as the values.
        // Each node's properties read through a map projection (one read a node; `pr.id, pr.name` would be two).
        // Unordered: the service orders the roles newest film first (src/graphql/newest-film-first.ts),
        // which here would read each year and title again.
        MATCH (p)-[:PLAYED]->(pr:Role)-[:IN]->(pf:Film)
        WITH pr {.id, .name} AS roleProps, CASE WHEN $include.roleFilmDetails
          THEN pf {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}
          ELSE pf {.id, .title, .year} END AS filmProps
        RETURN [roleProps.id, roleProps.name, filmProps.id, filmProps.title, filmProps.year, CASE WHEN $include.roleFilmDetails THEN filmProps END]
        // </person-roles>
      } END}} ORDER BY coalesce(r.billing, 1000), r.name
  } END AS cast,
  CASE WHEN $include.themes THEN COLLECT {
    MATCH (f)-[e:EXPLORES]->(t:Theme) RETURN CASE WHEN $themeSynonyms THEN t {.id, .name, .synonyms} ELSE t {.id, .name} END ORDER BY e.weight DESC, t.name
  } END AS themes,
  CASE WHEN $include.genres THEN COLLECT {
    MATCH (f)-[:HAS_GENRE]->(g:Genre) RETURN g {.id, .name, filmCount: COUNT { (g)<-[:HAS_GENRE]-() }} ORDER BY g.name
  } END AS genres,
  CASE WHEN page IS NOT NULL THEN {
    totalCount: COUNT { (f)<-[:REVIEWS]-() },
    nodes:
       // <review-page>
       COLLECT {
         // A first page has no upper bound on createdAt: the greatest DateTime Neo4j holds.
         MATCH (r:Review) USING INDEX r:Review(filmId, createdAt, id)
         WHERE r.filmId = f.id AND r.id IS NOT NULL
           AND r.createdAt <= coalesce(datetime(page.afterCreatedAt), datetime('+999999999-12-31T23:59:59.999999999Z'))
           AND (page.afterId IS NULL OR r.createdAt < datetime(page.afterCreatedAt) OR r.id < page.afterId)
         WITH r ORDER BY r.filmId DESC, r.createdAt DESC, r.id DESC LIMIT $reviewLimit
         RETURN r {.id, .text, .sentiment, .rating, .score, .language, .author, .source, .publishedAt, .url, .createdAt, .unresolvedMentions,
           .recommendations, filmId: f.id,
           themeLinks: CASE WHEN page.themeLinks THEN COLLECT {
             MATCH (r)-[d:DISCUSSES]->(t:Theme)
             RETURN {theme: CASE WHEN $themeSynonyms THEN t {.id, .name, .synonyms} ELSE t {.id, .name} END, salience: d.salience, evidence: d.evidence} ORDER BY d.salience DESC, t.name
           } END,
           aspects: CASE WHEN page.aspects THEN COLLECT {
             MATCH (r)-[j:JUDGES]->(a:Aspect)
             RETURN {aspect: a.name, polarity: j.polarity, evidence: j.evidence, start: j.start, end: j.end} ORDER BY j.start, a.name
           } END,
           mentions: CASE WHEN page.mentions THEN COLLECT {
             MATCH (r)-[m:MENTIONS]->(t)
             WHERE t:Person OR t:Role
             RETURN {
               targetType: CASE WHEN t:Role THEN 'Role' ELSE 'Person' END,
               target: CASE WHEN t:Role AND page.roleLinks
                 THEN t {.id, .name, filmId: [(t)-[:IN]->(tf:Film) | tf.id][0], personId: [(p:Person)-[:PLAYED]->(t) | p.id][0]}
                 ELSE t {.id, .name} END,
               polarity: m.polarity, evidence: m.evidence, start: m.start, end: m.end
             } ORDER BY m.start, t.name
           } END}
         ORDER BY r.createdAt DESC, r.id DESC
       }
       // </review-page>
  } END AS reviews,
  CASE WHEN $include.consensus THEN {
    // <consensus>
    counts: f {.reviewCount, .judgedReviewCount, .positiveReviewCount, .negativeReviewCount, .scoredReviewCount, .scoreSum,
               .sentimentCount, .sentimentSum, .sentimentSquareSum},
    aspects: COLLECT {
      MATCH (f)-[t:JUDGED_ON]->(a:Aspect)
      RETURN {aspect: a.name, positive: t.positive, negative: t.negative, mixed: t.mixed, neutral: t.neutral, total: t.total,
              praise: CASE WHEN $consensusQuotes AND t.praiseReviewId IS NOT NULL THEN {evidence: t.praiseEvidence, reviewId: t.praiseReviewId} END,
              criticism: CASE WHEN $consensusQuotes AND t.criticismReviewId IS NOT NULL THEN {evidence: t.criticismEvidence, reviewId: t.criticismReviewId} END}
    }
    // </consensus>
  } END AS consensus,
  CASE WHEN $include.similar THEN COLLECT {
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
  } END AS similar
