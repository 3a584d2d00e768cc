// Index-backed keyset pages (docs/performance.md): each sort of a list is an ordered scan of a
// composite range index on (sort key, id) with a limit, whatever the size of the catalog.
CREATE INDEX film_title_key_id IF NOT EXISTS FOR (n:Film) ON (n.titleKey, n.id);
CREATE INDEX film_year_id IF NOT EXISTS FOR (n:Film) ON (n.year, n.id);
CREATE INDEX film_review_count_id IF NOT EXISTS FOR (n:Film) ON (n.reviewCount, n.id);
CREATE INDEX film_positive_share_id IF NOT EXISTS FOR (n:Film) ON (n.positiveShare, n.id);
CREATE INDEX film_latest_review_at_id IF NOT EXISTS FOR (n:Film) ON (n.latestReviewAt, n.id);
CREATE INDEX film_mean_score_id IF NOT EXISTS FOR (n:Film) ON (n.meanScore, n.id);
CREATE INDEX review_created_at_id IF NOT EXISTS FOR (n:Review) ON (n.createdAt, n.id);
CREATE INDEX review_sentiment_id IF NOT EXISTS FOR (n:Review) ON (n.sentiment, n.id);
// The maintained keys themselves are back-filled by the data step 011 (src/db/film-review-keys-backfill.ts).
