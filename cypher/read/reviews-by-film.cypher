// One page of reviews for each requested film, newest first, keyset-paginated on (createdAt, id).
// The page is an ordered seek of the Review(filmId, createdAt, id) index (migration 045) with a
// limit, so it costs the reviews it returns whatever the film's review count; totalCount is the
// degree of the film's REVIEWS relationships (no review is visited).
// $requests: [{filmId, limit, afterCreatedAt, afterId, themeLinks, aspects, mentions, roleLinks}]
// (limit: page size; afterCreatedAt: ISO 8601 text of a DateTime, afterCreatedAt and afterId
// null for a first page; themeLinks, aspects, mentions: booleans, whether each review comes with
// those links, null when not asked; roleLinks: whether a mentioned role comes with its filmId and
// personId, which Role.film and Role.person need), in the order and shape of theme-links-,
// aspects- and mentions-by-review.cypher: a page of reviews with their links is one round trip.
// (`ORDER BY r.filmId DESC, ...`: with the filmId fixed, the order of the index, so the seek stops
// at the limit instead of sorting every review of the film.)
// $themeSynonyms: whether each review's themes carry their synonyms (the block is shared with
// film-by-title.cypher, which sets it when the operation asks Theme.synonyms; the loaders set it).
// $reviewLimit: the largest page size of the requests + 1 (a LIMIT cannot read a row's value;
// each page is cut to its own limit + 1: the extra review says there is a next page).
// The page block is the one of film-by-title.cypher (tests/unit/shared-cypher-blocks.test.ts).
// :param reviewLimit => 11
// :param requests => [{filmId: 'sound-of-metal-2019', limit: 10, afterCreatedAt: null, afterId: null, themeLinks: true, aspects: true, mentions: true, roleLinks: false}]
UNWIND $requests AS page
OPTIONAL MATCH (f:Film {id: page.filmId})
WITH page, f,
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
       AS nodes
RETURN page.filmId AS filmId,
       page.afterId AS afterId,
       page.limit AS limit,
       COUNT { (f)<-[:REVIEWS]-() } AS totalCount,
       nodes[..page.limit + 1] AS nodes
