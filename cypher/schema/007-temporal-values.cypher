// Dates are instants (docs/identity.md, "Dates"): ISO 8601 text written by earlier releases becomes
// Neo4j temporal values. A review's createdAt becomes a DateTime (UTC); its publishedAt a Date (a bare
// day) or a DateTime (with its offset; text without an offset is read as UTC, the database's default
// zone); datedAt is the instant the review is dated at (a bare date at 00:00 UTC; else createdAt).
// A film's releaseDate becomes a Date. Idempotent: values that are not text are left alone.
MATCH (r:Review) WHERE r.createdAt IS :: STRING NOT NULL
SET r.createdAt = datetime(r.createdAt);
MATCH (r:Review) WHERE r.publishedAt IS :: STRING NOT NULL
SET r.publishedAt = CASE WHEN size(r.publishedAt) = 10 THEN date(r.publishedAt) ELSE datetime(r.publishedAt) END;
MATCH (r:Review) WHERE r.datedAt IS NULL OR r.datedAt IS :: STRING NOT NULL
SET r.datedAt = CASE WHEN r.publishedAt IS :: DATE NOT NULL THEN datetime({date: r.publishedAt, timezone: 'Z'})
                     ELSE coalesce(r.publishedAt, r.createdAt) END;
MATCH (f:Film) WHERE f.releaseDate IS :: STRING NOT NULL
SET f.releaseDate = date(f.releaseDate);
CREATE INDEX review_dated_at IF NOT EXISTS FOR (n:Review) ON (n.datedAt);
