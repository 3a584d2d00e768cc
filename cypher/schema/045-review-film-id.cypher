// A film's page of reviews (newest first) as an ordered index seek with a limit, whatever the
// film's review count (docs/performance.md): each Review keeps its film's id (`filmId`, set by the
// review writes with the REVIEWS relationship); the data step 046 back-fills existing reviews.
CREATE INDEX review_film_created_at_id IF NOT EXISTS FOR (n:Review) ON (n.filmId, n.createdAt, n.id);
