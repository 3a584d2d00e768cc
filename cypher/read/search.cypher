// Full-text search over film titles, names and review text, best first. $query: Lucene syntax; $limit
// :param query => 'deaf drummer'; :param limit => 10
CALL db.index.fulltext.queryNodes('search', $query, {limit: $limit}) YIELD node, score
WITH node, score,
     CASE WHEN node:Film THEN 'Film' WHEN node:Person THEN 'Person' WHEN node:Role THEN 'Role'
          WHEN node:Theme THEN 'Theme' ELSE 'Review' END AS type
RETURN score, type, CASE type
  WHEN 'Film' THEN node {.id, .title, .year, .runtimeMinutes, .releaseDate, .rottenTomatoesRating, .imdbRating, .imdbVotes, .scoresSource}
  WHEN 'Person' THEN node {.id, .name}
  WHEN 'Role' THEN node {.id, .name, filmId: [(node)-[:IN]->(f:Film) | f.id][0],
                         personId: [(p:Person)-[:PLAYED]->(node) | p.id][0]}
  WHEN 'Theme' THEN node {.id, .name, .synonyms}
  ELSE node {.id, .text, .sentiment, .rating, .score, .language, .author, .source, .publishedAt, .createdAt,
             filmId: [(node)-[:REVIEWS]->(f:Film) | f.id][0]}
END AS node
ORDER BY score DESC
