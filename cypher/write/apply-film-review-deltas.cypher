// Adds what a review write changed to its film's maintained aggregates (docs/performance.md), so an
// ingest costs the same whatever the film's review count: the counters reviewCount,
// judgedReviewCount, positiveReviewCount, scoredReviewCount and scoreSum, the sort keys derived
// from them (positiveShare, meanScore, latestReviewAt), and per theme the film EXPLORES its
// salienceSum and reviewCount, weight = salienceSum / the film's reviewCount, and themeId (the key
// of the ordered index of migration 055). The delta is the
// written reviews' contributions after the write minus before it (src/graph/film-review-deltas.ts).
// latestReviewAt is only searched among the film's reviews when the newest one was deleted.
// A film reviewed before the counters existed (reviewCount set, judgedReviewCount or a theme link's
// salienceSum absent) is left
// as it is and answers recount = true: the caller recounts it whole (refresh-film-review-stats and
// refresh-film-themes), which also sets the counters.
// Run in the review write's transaction, after lock-film.cypher took the film's lock: writes of one
// film's reviews apply their deltas one after another. Themes are visited in id order ($delta.themes
// is sorted), the lock order of every review write.
// Values at 0 reviews are absent, as on a film never reviewed.
// :param filmId => 'sound-of-metal-2019'
// :param delta => {reviews: 1, judged: 1, positive: 1, scored: 0, scoreSum: 0, addedCreatedAt: ['2026-11-30T12:00:00Z'], removedCreatedAt: [], themes: [{themeId: 'deafness', salience: 0.8, reviews: 1}]}
MATCH (f:Film {id: $filmId})
WITH f, f.reviewCount IS NOT NULL
        AND (f.judgedReviewCount IS NULL OR EXISTS { (f)-[e:EXPLORES {source: 'reviews'}]->(:Theme) WHERE e.salienceSum IS NULL }) AS stale
CALL (f, stale) {
  WITH f WHERE NOT stale
  WITH f,
       coalesce(f.reviewCount, 0) + $delta.reviews AS reviews,
       coalesce(f.judgedReviewCount, 0) + $delta.judged AS judged,
       coalesce(f.positiveReviewCount, 0) + $delta.positive AS positive,
       coalesce(f.scoredReviewCount, 0) + $delta.scored AS scored,
       coalesce(f.scoreSum, 0) + $delta.scoreSum AS scoreSum,
       any(c IN $delta.removedCreatedAt WHERE datetime(c) >= f.latestReviewAt) AS newestRemoved
  CALL (f, newestRemoved) {
    WITH f WHERE newestRemoved
    MATCH (f)<-[:REVIEWS]-(r:Review)
    RETURN max(r.createdAt) AS remaining
  }
  WITH f, reviews, judged, positive, scored, scoreSum,
       reduce(latest = CASE WHEN newestRemoved THEN remaining ELSE f.latestReviewAt END, c IN $delta.addedCreatedAt |
              CASE WHEN latest IS NULL OR datetime(c) > latest THEN datetime(c) ELSE latest END) AS latest
  SET f.reviewCount = CASE WHEN reviews = 0 THEN null ELSE reviews END,
      f.judgedReviewCount = CASE WHEN reviews = 0 THEN null ELSE judged END,
      f.positiveReviewCount = CASE WHEN reviews = 0 THEN null ELSE positive END,
      f.scoredReviewCount = CASE WHEN reviews = 0 THEN null ELSE scored END,
      f.scoreSum = CASE WHEN reviews = 0 THEN null ELSE scoreSum END,
      f.positiveShare = CASE WHEN reviews = 0 THEN null WHEN judged = 0 THEN 0.0 ELSE toFloat(positive) / judged END,
      f.meanScore = CASE WHEN scored = 0 THEN null ELSE toFloat(scoreSum) / scored END,
      f.latestReviewAt = CASE WHEN reviews = 0 THEN null ELSE latest END
  WITH f
  CALL (f) {
    UNWIND $delta.themes AS change
    MATCH (t:Theme {id: change.themeId})
    OPTIONAL MATCH (f)-[old:EXPLORES]->(t)
    // CREATE, not MERGE: MERGE locks both ends exclusively, and writers of other films' reviews hold
    // shared locks on the same themes; the film's lock rules out a duplicate (refresh-film-themes.cypher).
    CALL (f, t, old, change) {
      WITH * WHERE old IS NULL AND change.reviews > 0
      CREATE (f)-[new:EXPLORES]->(t)
      RETURN new
    UNION
      WITH * WHERE old IS NOT NULL
      RETURN old AS new
    }
    SET new.source = 'reviews',
        new.themeId = t.id,
        new.salienceSum = coalesce(new.salienceSum, 0.0) + change.salience,
        new.reviewCount = coalesce(new.reviewCount, 0) + change.reviews
    WITH new WHERE new.reviewCount <= 0
    DELETE new
  }
  CALL (f) {
    MATCH (f)-[e:EXPLORES {source: 'reviews'}]->(:Theme)
    SET e.weight = e.salienceSum / f.reviewCount
  }
}
RETURN stale AS recount
