// A film by its title key (the folded key of its title); the newest one unless a year is given (undated films last).
// With it, in the same statement, what the query asks for below the film ($include; a field not
// asked is null and costs nothing: each is a CASE evaluated only when its flag is set), so a film
// page, a nested query and the analytics fields of one film are one round trip:
// - directors, writers, cast, themes, genres (booleans): in the order and shape of directors-,
//   writers-, cast-, themes- and genres-by-film.cypher;
// - castRoles (boolean, with cast): each cast member's roles with their films, as
//   roles-by-person.cypher (film → cast → person → roles → film);
// - reviews ({afterCreatedAt, afterId, themeLinks, aspects, mentions, roleLinks} or null): the first page of
//   reviews-by-film.cypher (the same block), $reviewLimit the page size + 1;
// - consensus (boolean): the film's maintained consensus aggregates, as consensus-by-film.cypher (the
//   same block; $consensusQuotes: with the praise and criticism quotes);
// - similar (boolean): the first $similarLimit films of similar-films.cypher (the same block), $personWeight.
// Parameters are in one map so that Neo4j caches one plan per type of $year, whatever is asked.
// :param titleKey => 'sound-of-metal'; :param year => null; :param reviewLimit => 11; :param similarLimit => 5; :param consensusQuotes => false; :param personWeight => 0.5
// :param include => {directors: true, writers: false, cast: true, castRoles: false, themes: true, genres: false, consensus: false, similar: false, reviews: {afterCreatedAt: null, afterId: null, themeLinks: true, aspects: true, mentions: true, roleLinks: false}}
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
        MATCH (p)-[:PLAYED]->(pr:Role)-[:IN]->(pf:Film)
        RETURN pr {.id, .name, filmId: pf.id, personId: p.id,
          film: pf {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource, .imdbId, .wikidataId}}
        ORDER BY pf.year DESC, pf.title
      } END}} ORDER BY coalesce(r.billing, 1000), r.name
  } END AS cast,
  CASE WHEN $include.themes THEN COLLECT {
    MATCH (f)-[e:EXPLORES]->(t:Theme) RETURN t {.id, .name, .synonyms} ORDER BY e.weight DESC, t.name
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
             RETURN {theme: t {.id, .name, .synonyms}, salience: d.salience, evidence: d.evidence} ORDER BY d.salience DESC, t.name
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
  } END AS similar
