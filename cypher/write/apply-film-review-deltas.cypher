// Adds what a review write changed to its film's maintained aggregates (docs/performance.md,
// docs/consensus.md), so an ingest costs the same whatever the film's review count: the counters
// reviewCount, judgedReviewCount, positiveReviewCount, negativeReviewCount, scoredReviewCount,
// scoreSum, sentimentCount, sentimentSum and sentimentSquareSum, the sort keys derived from them
// (positiveShare, meanScore, latestReviewAt), per theme the film EXPLORES its salienceSum and
// reviewCount, weight = salienceSum / the film's reviewCount, and themeId (the key of the ordered
// index of migration 055), and per aspect the film is JUDGED_ON
// its tally (positive, negative, mixed, neutral, total judgements) and its praise and criticism
// quotes. The delta is the written reviews' contributions after the write minus before it
// (src/graph/film-review-deltas.ts).
// latestReviewAt is only searched among the film's reviews when the newest one was deleted; a quote
// is only sought among the film's judgements of its aspect when the review it came from was
// rewritten or deleted and none of the reviews written ranks as high (docs/consensus.md).
// A film reviewed before the counters existed (reviewCount set, judgedReviewCount, sentimentCount
// or a theme link's salienceSum absent) is left as it is and answers recount = true: the caller
// recounts it whole (refresh-film-review-stats, refresh-film-themes, refresh-film-consensus), which
// also sets the counters.
// Run in the review write's transaction, after lock-film.cypher took the film's lock: writes of one
// film's reviews apply their deltas one after another. Themes, then aspects, are visited in id order
// ($delta.themes and $delta.aspects are sorted), the lock order of every review write.
// Values at 0 reviews are absent, as on a film never reviewed.
// :param filmId => 'sound-of-metal-2019'
// :param delta => {reviews: 1, judged: 1, positive: 1, negative: 0, scored: 0, scoreSum: 0, sentiments: 1, sentimentSum: 0.5, sentimentSquareSum: 0.25, addedCreatedAt: ['2026-11-30T12:00:00Z'], removedCreatedAt: [], themes: [{themeId: 'deafness', salience: 0.8, reviews: 1}], aspects: [{aspectId: 'sound-design', positive: 1, negative: 0, mixed: 0, neutral: 0, total: 1, praise: {reviewId: 'sound-of-metal-2019/review-0123456789abcdef', evidence: 'The sound design is superb.', sentiment: 0.5, createdAt: '2026-11-30T12:00:00Z', start: 0}, criticism: null}], reviewIds: ['sound-of-metal-2019/review-0123456789abcdef']}
MATCH (f:Film {id: $filmId})
WITH f, f.reviewCount IS NOT NULL
        AND (f.judgedReviewCount IS NULL OR f.sentimentCount IS NULL OR EXISTS { (f)-[e:EXPLORES {source: 'reviews'}]->(:Theme) WHERE e.salienceSum IS NULL }) AS stale
CALL (f, stale) {
  WITH f WHERE NOT stale
  WITH f,
       coalesce(f.reviewCount, 0) + $delta.reviews AS reviews,
       coalesce(f.judgedReviewCount, 0) + $delta.judged AS judged,
       coalesce(f.positiveReviewCount, 0) + $delta.positive AS positive,
       coalesce(f.negativeReviewCount, 0) + $delta.negative AS negative,
       coalesce(f.scoredReviewCount, 0) + $delta.scored AS scored,
       coalesce(f.scoreSum, 0) + $delta.scoreSum AS scoreSum,
       coalesce(f.sentimentCount, 0) + $delta.sentiments AS sentiments,
       coalesce(f.sentimentSum, 0.0) + $delta.sentimentSum AS sentimentSum,
       coalesce(f.sentimentSquareSum, 0.0) + $delta.sentimentSquareSum AS sentimentSquareSum,
       any(c IN $delta.removedCreatedAt WHERE datetime(c) >= f.latestReviewAt) AS newestRemoved
  CALL (f, newestRemoved) {
    WITH f WHERE newestRemoved
    MATCH (f)<-[:REVIEWS]-(r:Review)
    RETURN max(r.createdAt) AS remaining
  }
  WITH f, reviews, judged, positive, negative, scored, scoreSum, sentiments, sentimentSum, sentimentSquareSum,
       reduce(latest = CASE WHEN newestRemoved THEN remaining ELSE f.latestReviewAt END, c IN $delta.addedCreatedAt |
              CASE WHEN latest IS NULL OR datetime(c) > latest THEN datetime(c) ELSE latest END) AS latest
  SET f.reviewCount = CASE WHEN reviews = 0 THEN null ELSE reviews END,
      f.judgedReviewCount = CASE WHEN reviews = 0 THEN null ELSE judged END,
      f.positiveReviewCount = CASE WHEN reviews = 0 THEN null ELSE positive END,
      f.negativeReviewCount = CASE WHEN reviews = 0 THEN null ELSE negative END,
      f.scoredReviewCount = CASE WHEN reviews = 0 THEN null ELSE scored END,
      f.scoreSum = CASE WHEN reviews = 0 THEN null ELSE scoreSum END,
      // Sums of floats: back to exact zeros when no review with a sentiment is left.
      f.sentimentCount = CASE WHEN reviews = 0 THEN null ELSE sentiments END,
      f.sentimentSum = CASE WHEN reviews = 0 THEN null WHEN sentiments = 0 THEN 0.0 ELSE sentimentSum END,
      f.sentimentSquareSum = CASE WHEN reviews = 0 THEN null WHEN sentiments = 0 THEN 0.0 ELSE sentimentSquareSum END,
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
  CALL (f) {
    UNWIND $delta.aspects AS change
    MATCH (a:Aspect {id: change.aspectId})
    OPTIONAL MATCH (f)-[old:JUDGED_ON]->(a)
    // CREATE, not MERGE, as for EXPLORES above.
    CALL (f, a, old, change) {
      WITH * WHERE old IS NULL AND change.total > 0
      CREATE (f)-[new:JUDGED_ON]->(a)
      RETURN new
    UNION
      WITH * WHERE old IS NOT NULL
      RETURN old AS new
    }
    SET new.positive = coalesce(new.positive, 0) + change.positive,
        new.negative = coalesce(new.negative, 0) + change.negative,
        new.mixed = coalesce(new.mixed, 0) + change.mixed,
        new.neutral = coalesce(new.neutral, 0) + change.neutral,
        new.total = coalesce(new.total, 0) + change.total
    WITH f, a, new AS tally, change
    // The quotes: praise from the POSITIVE judgements, criticism from the NEGATIVE ones, each the
    // first by sentiment (highest for praise, lowest for criticism; none counts as 0), then oldest
    // review, review id, start. The written reviews' best (change.praise, change.criticism) replaces
    // the held quote unless the held one ranks strictly higher; a held quote from a review written
    // or deleted that nothing written outranks is sought again among the film's judgements.
    CALL (f, a, tally, change) {
      UNWIND [{side: 'praise', polarity: 'POSITIVE', sign: 1.0, candidate: change.praise},
              {side: 'criticism', polarity: 'NEGATIVE', sign: -1.0, candidate: change.criticism}] AS q
      WITH f, a, tally, q, q.candidate AS c,
           {reviewId: tally[q.side + 'ReviewId'], evidence: tally[q.side + 'Evidence'], sentiment: tally[q.side + 'Sentiment'],
            createdAt: tally[q.side + 'CreatedAt'], start: tally[q.side + 'Start']} AS held
      WITH f, a, tally, q, c, held,
           c IS NOT NULL AND (held.reviewId IS NULL OR NOT (
             q.sign * held.sentiment > q.sign * c.sentiment
             OR (held.sentiment = c.sentiment AND (held.createdAt < datetime(c.createdAt)
               OR (held.createdAt = datetime(c.createdAt) AND (held.reviewId < c.reviewId
                 OR (held.reviewId = c.reviewId AND held.start < c.start))))))) AS taken,
           coalesce(held.reviewId IN $delta.reviewIds, false) AS rewritten
      CALL (f, a, q, c, held, taken, rewritten) {
        WITH * WHERE taken
        RETURN {reviewId: c.reviewId, evidence: c.evidence, sentiment: c.sentiment, createdAt: datetime(c.createdAt), start: c.start} AS quote
      UNION
        WITH * WHERE NOT taken AND NOT rewritten
        RETURN held AS quote
      UNION
        WITH * WHERE NOT taken AND rewritten
        RETURN head(COLLECT {
          MATCH (f)<-[:REVIEWS]-(r:Review)-[j:JUDGES {polarity: q.polarity}]->(a)
          RETURN {reviewId: r.id, evidence: j.evidence, sentiment: coalesce(r.sentiment, 0.0), createdAt: r.createdAt, start: j.start}
          ORDER BY q.sign * coalesce(r.sentiment, 0.0) DESC, r.createdAt, r.id, j.start
          LIMIT 1
        }) AS quote
      }
      SET tally[q.side + 'ReviewId'] = quote.reviewId,
          tally[q.side + 'Evidence'] = quote.evidence,
          tally[q.side + 'Sentiment'] = quote.sentiment,
          tally[q.side + 'CreatedAt'] = quote.createdAt,
          tally[q.side + 'Start'] = quote.start
    }
    WITH tally WHERE tally.total <= 0
    DELETE tally
  }
}
RETURN stale AS recount
