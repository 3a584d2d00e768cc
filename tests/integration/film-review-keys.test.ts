import neo4j from "neo4j-driver";
import type { Database, Row, WriteTransaction } from "../../src/db/database";
import { refreshFilmConsensus, refreshFilmReviewKeys, storeReview } from "../../src/graph/review-writes";
import { backfillFilmReviewCounters } from "../../src/db/film-review-counters-backfill";
import { backfillFilmReviewKeys } from "../../src/db/film-review-keys-backfill";
import { verdictThresholds } from "../../src/graphql/verdict";
import { deleteReview } from "../../src/ingest/delete-review";
import { addFilm, addReview } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";

// The review-derived sort keys kept on Film (reviewCount, positiveShare, latestReviewAt,
// meanScore; docs/performance.md) equal a recount of the film's reviews, verdicts by the rule of
// src/graphql/verdict.ts (the score when there is one, else the sentiment; neither: no verdict):
// after concurrent writes and deletes, and after the back-fill of migration 011 on a database that
// lacks them. Review writes add deltas to counters, so what they cost does not grow with the film's
// reviews; the themes a film explores (weights, review counts) equal a recount as well.

const prefix = `Review Keys ${Date.now()}`;
let db: Database;
beforeAll(() => {
  db = openTestDatabase(undefined, 30_000);
});
afterAll(() => db.driver.close());

interface Keys {
  reviewCount: number | null;
  positiveShare: number | null;
  latestReviewAt: string | null;
  meanScore: number | null;
}

/** The stored keys and the same values recounted from the film's reviews (dates as ISO text). */
async function storedAndRecounted(filmId: string): Promise<{ stored: Keys; recounted: Keys }> {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film {id: $filmId})
     OPTIONAL MATCH (f)<-[:REVIEWS]-(r:Review)
     WITH f, count(r) AS n,
          count(CASE WHEN r.score IS NOT NULL OR r.sentiment IS NOT NULL THEN 1 END) AS judged,
          count(CASE WHEN r.score >= $positiveScoreFrom OR (r.score IS NULL AND r.sentiment > $positiveAbove) THEN 1 END) AS positive,
          max(r.createdAt) AS latest, avg(r.score) AS mean
     RETURN f {.reviewCount, .positiveShare, latestReviewAt: toString(f.latestReviewAt), .meanScore} AS stored,
            {reviewCount: CASE WHEN n = 0 THEN null ELSE n END,
             positiveShare: CASE WHEN n = 0 THEN null WHEN judged = 0 THEN 0.0 ELSE toFloat(positive) / judged END,
             latestReviewAt: toString(latest), meanScore: mean} AS recounted`,
    { filmId, ...verdictThresholds() },
    { database: db.name },
  );
  return { stored: records[0]!.get("stored") as Keys, recounted: records[0]!.get("recounted") as Keys };
}

const expectKeysMatchRecount = async (filmId: string) => {
  const { stored, recounted } = await storedAndRecounted(filmId);
  expect(stored.reviewCount == null ? null : Number(stored.reviewCount)).toEqual(recounted.reviewCount == null ? null : Number(recounted.reviewCount));
  expect(stored.positiveShare).toBeCloseTo(recounted.positiveShare ?? NaN);
  if (recounted.positiveShare === null) expect(stored.positiveShare).toBeNull();
  expect(stored.latestReviewAt).toEqual(recounted.latestReviewAt);
  if (recounted.meanScore === null) expect(stored.meanScore ?? null).toBeNull();
  else expect(stored.meanScore).toBeCloseTo(recounted.meanScore);
};

it("stay equal to a recount under concurrent review writes and deletes", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Concurrent`, year: 2001 });
  const other = await addFilm(db, { title: `${prefix} Other`, year: 2002 });
  const texts = Array.from({ length: 24 }, (_, i) => `${prefix} review ${i}`);
  const sentiment = (i: number) => (i % 7 === 6 ? null : ((i % 5) - 2) / 2);
  // Every third review has the critic's score, which decides its verdict over the sentiment.
  const score = (i: number) => (i % 3 === 0 ? [20, 65, 50, 90][i % 4]! : null);
  const base = Date.parse("2025-03-01T00:00:00Z");
  // A first half stored, then the second half written while the first half is deleted.
  const first = await Promise.all(
    texts.slice(0, 12).map((text, i) => addReview(db, { filmId: i % 4 === 0 ? other : filmId, text, sentiment: sentiment(i), score: score(i) }, new Date(base + i * 1000))),
  );
  await expectKeysMatchRecount(filmId);
  await Promise.all([
    ...texts.slice(12).map((text, i) => addReview(db, { filmId, text, sentiment: sentiment(i + 12), score: score(i + 12) }, new Date(base + (i + 12) * 1000))),
    ...first.filter((_, i) => i % 2 === 1).map((id) => deleteReview(db, id)),
  ]);
  await expectKeysMatchRecount(filmId);
  await expectKeysMatchRecount(other);
  const { stored } = await storedAndRecounted(filmId);
  // 9 of the first 12 are this film's (every 4th went to the other film), the 6 odd ones deleted, 12 added.
  expect(Number(stored.reviewCount)).toBe(9 - 6 + 12);
}, 120_000);

/** The film's EXPLORES links from reviews as stored, and recounted from what its reviews discuss. */
async function themesStoredAndRecounted(filmId: string) {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film {id: $filmId})
     RETURN COLLECT { MATCH (f)-[e:EXPLORES {source: 'reviews'}]->(t:Theme) RETURN [t.id, e.weight, e.reviewCount] ORDER BY t.id } AS stored,
            COLLECT { MATCH (f)<-[:REVIEWS]-(r:Review)-[d:DISCUSSES]->(t:Theme)
                      WITH t, sum(d.salience) AS total, count(DISTINCT r) AS reviews
                      RETURN [t.id, total / COUNT { (f)<-[:REVIEWS]-(:Review) }, reviews] ORDER BY t.id } AS recounted`,
    { filmId },
    { database: db.name },
  );
  return { stored: records[0]!.get("stored") as [string, number, number][], recounted: records[0]!.get("recounted") as [string, number, number][] };
}

const expectThemesMatchRecount = async (filmId: string) => {
  const { stored, recounted } = await themesStoredAndRecounted(filmId);
  expect(stored.map(([id, , n]) => [id, Number(n)])).toEqual(recounted.map(([id, , n]) => [id, Number(n)]));
  stored.forEach(([, weight], i) => expect(weight).toBeCloseTo(recounted[i]![1], 9));
};

it("the themes a film explores stay equal to a recount under concurrent writes, re-analyses and deletes", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Themes`, year: 2006 });
  const themes = ["grief", "identity", "loss", "memory"];
  const themesOf = (i: number): [string, number][] => themes.filter((_, k) => (i + k) % 3 !== 0).map((t, k) => [t, ((i + k) % 4) / 4 + 0.1]);
  const ids = await Promise.all(
    Array.from({ length: 10 }, (_, i) => addReview(db, { filmId, text: `${prefix} themes ${i}`, sentiment: 0.5, themes: themesOf(i) })),
  );
  await expectThemesMatchRecount(filmId);
  await Promise.all([
    ...ids.filter((_, i) => i % 3 === 0).map((id) => deleteReview(db, id)),
    // The same texts analysed again with other themes: the same reviews, their links replaced.
    ...[1, 2, 4].map((i) => addReview(db, { filmId, text: `${prefix} themes ${i}`, sentiment: -0.5, themes: themesOf(i + 1) })),
    ...Array.from({ length: 6 }, (_, i) => addReview(db, { filmId, text: `${prefix} themes more ${i}`, sentiment: 0.1, themes: themesOf(i + 5) })),
  ]);
  await expectThemesMatchRecount(filmId);
  await expectKeysMatchRecount(filmId);
  expect((await themesStoredAndRecounted(filmId)).stored.length).toBeGreaterThan(0);
}, 120_000);

it("a film reviewed before the counters existed is recounted whole at its next review write", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Before counters`, year: 2007 });
  await addReview(db, { filmId, text: `${prefix} counters 1`, sentiment: 0.9, score: 80, themes: [["grief", 0.5]] });
  await addReview(db, { filmId, text: `${prefix} counters 2`, sentiment: -0.9, themes: [["grief", 0.25]] });
  // As a database written before the counters: keys and links without them.
  await db.driver.executeQuery(
    `MATCH (f:Film {id: $filmId}) REMOVE f.judgedReviewCount, f.positiveReviewCount, f.scoredReviewCount, f.scoreSum
     WITH f MATCH (f)-[e:EXPLORES]->() REMOVE e.salienceSum`,
    { filmId },
    { database: db.name },
  );
  await addReview(db, { filmId, text: `${prefix} counters 3`, sentiment: 0.9, themes: [["grief", 1.0]] });
  await expectKeysMatchRecount(filmId);
  await expectThemesMatchRecount(filmId);
  const { records } = await db.driver.executeQuery("MATCH (f:Film {id: $filmId}) RETURN f.judgedReviewCount AS judged", { filmId }, { database: db.name });
  expect(records[0]!.get("judged")).toBe(3);
});

it("are back-filled by migration 035 on films written before the counters, which it then no longer finds", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Before 035`, year: 2010 });
  await addReview(db, { filmId, text: `${prefix} 035 one`, sentiment: 0.9, score: 90, themes: [["grief", 0.5], ["loss", 0.25]] });
  await addReview(db, { filmId, text: `${prefix} 035 two`, sentiment: -0.9, themes: [["grief", 1.0]] });
  await db.driver.executeQuery(
    `MATCH (f:Film {id: $filmId}) REMOVE f.judgedReviewCount, f.positiveReviewCount, f.scoredReviewCount, f.scoreSum
     WITH f MATCH (f)-[e:EXPLORES]->() REMOVE e.salienceSum`,
    { filmId },
    { database: db.name },
  );
  expect(await backfillFilmReviewCounters(db)).toBeGreaterThanOrEqual(1);
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film {id: $filmId})
     RETURN [f.judgedReviewCount, f.positiveReviewCount, f.scoredReviewCount, f.scoreSum] AS counters,
            COLLECT { MATCH (f)-[e:EXPLORES]->(t:Theme) RETURN [t.id, e.salienceSum] ORDER BY t.id } AS sums`,
    { filmId },
    { database: db.name },
  );
  expect(records[0]!.get("counters")).toEqual([2, 1, 1, 90]);
  expect(records[0]!.get("sums")).toEqual([["grief", 1.5], ["loss", 0.25]]);
  const stillMissing = await db.read("filmsWithoutReviewCounters", { after: "", limit: neo4j.int(1_000_000) });
  expect(stillMissing.map((row) => row.id)).not.toContain(filmId);
  // From then on deltas: a third review keeps them equal to a recount.
  await addReview(db, { filmId, text: `${prefix} 035 three`, sentiment: 0.5, themes: [["loss", 0.5]] });
  await expectKeysMatchRecount(filmId);
  await expectThemesMatchRecount(filmId);
});

/** Database hits of every statement a review write runs, the write rolled back. */
async function reviewWriteDbHits(filmId: string, text: string): Promise<number> {
  const session = db.driver.session({ database: db.name });
  const tx = session.beginTransaction();
  let hits = 0;
  const sum = (plan: { dbHits?: number; children?: unknown[] }): number =>
    (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s: number, c) => s + sum(c as typeof plan), 0);
  const profiling: WriteTransaction = {
    run: async (name, params) => {
      const result = await tx.run(`PROFILE ${db.cypher.get(name).text}`, params);
      hits += sum(result.summary.profile as unknown as { dbHits?: number; children?: unknown[] });
      return result.records.map((record) => record.toObject() as Row);
    },
  };
  try {
    await storeReview(profiling, { filmId, text, analyzerVersion: "test", analysis: { sentiment: 0.5, mentions: [], aspects: [], themes: [{ themeId: "grief", salience: 0.5, evidence: text, start: 0, end: text.length }] } });
  } finally {
    await tx.rollback();
    await session.close();
  }
  return hits;
}

it("what a review write costs does not grow with the film's reviews", async () => {
  const few = await addFilm(db, { title: `${prefix} Few reviews`, year: 2008 });
  const many = await addFilm(db, { title: `${prefix} Many reviews`, year: 2009 });
  await db.driver.executeQuery(
    `UNWIND [[$few, 2], [$many, 2000]] AS film
     MATCH (f:Film {id: film[0]}), (t:Theme {id: 'grief'})
     UNWIND range(1, film[1]) AS i
     CREATE (r:Review {id: f.id + '/review-bulk-' + toString(i), text: 'bulk ' + toString(i), sentiment: 0.5,
                       createdAt: datetime('2025-01-01T00:00:00Z') + duration({seconds: i})})-[:REVIEWS]->(f)
     CREATE (r)-[:DISCUSSES {salience: 0.5, evidence: 'bulk', start: 0, end: 4}]->(t)`,
    { few, many },
    { database: db.name },
  );
  await db.write(async (tx) => {
    await refreshFilmReviewKeys(tx, [few, many]);
    for (const filmId of [few, many]) {
      await tx.run("refreshFilmThemes", { filmId });
      await refreshFilmConsensus(tx, filmId);
    }
  });
  try {
    const [small, large] = [await reviewWriteDbHits(few, `${prefix} cost few`), await reviewWriteDbHits(many, `${prefix} cost many`)];
    // Recounting the film's reviews costs several hits per review: 2,000 reviews would add thousands.
    expect(large).toBeLessThan(small + 100);
  } finally {
    // The database is shared with other test files, whose whole-graph statements (analytics,
    // catalog-scale's db-hit bounds) would meet these reviews.
    await db.driver.executeQuery(
      "MATCH (r:Review)-[:REVIEWS]->(f:Film) WHERE f.id IN [$few, $many] DETACH DELETE r",
      { few, many },
      { database: db.name },
    );
  }
}, 120_000);

it("are absent on a film whose last review is deleted", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Emptied`, year: 2003 });
  const id = await addReview(db, { filmId, text: `${prefix} the only review`, sentiment: 0.9 });
  expect((await storedAndRecounted(filmId)).stored.reviewCount).toBe(1);
  await deleteReview(db, id);
  const { stored } = await storedAndRecounted(filmId);
  expect(stored).toEqual({ reviewCount: null, positiveShare: null, latestReviewAt: null, meanScore: null });
});

it("are back-filled by migration 011 on a database written before it, by the verdict rule", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Before 011`, year: 2004 });
  // Reviews as an older version stored them: no keys on the film; scores on some reviews, and one
  // review without sentiment or score (a language the analysis cannot read: no verdict).
  await db.driver.executeQuery(
    `MATCH (f:Film {id: $filmId})
     UNWIND range(1, 6) AS i
     CREATE (r:Review {id: f.id + '/review-old-' + toString(i), text: $prefix + ' old ' + toString(i),
                       sentiment: CASE WHEN i = 6 THEN null ELSE (i - 3) / 2.0 END,
                       createdAt: datetime('2024-01-0' + toString(i) + 'T00:00:00Z'),
                       score: CASE WHEN i % 2 = 0 OR i = 6 THEN null ELSE i * 10 END})-[:REVIEWS]->(f)`,
    { filmId, prefix },
    { database: db.name },
  );
  expect((await storedAndRecounted(filmId)).stored.reviewCount).toBeNull();
  await backfillFilmReviewKeys(db);
  await expectKeysMatchRecount(filmId);
  const { stored } = await storedAndRecounted(filmId);
  // Scores 10, 30, 50 (negative, negative, mixed); sentiments -0.5 and 0.5 (negative, positive);
  // the sixth has no verdict: 1 positive of 5 judged. The sentiment alone would say 2 of 5.
  expect(stored).toEqual({ reviewCount: 6, positiveShare: 0.2, latestReviewAt: "2024-01-06T00:00:00Z", meanScore: 30 });
});

// film-context.cypher runs on every ingest: it starts from the film, so its cost does not grow
// with the people of the catalog (it used to visit every person and their credits).
it("the film context of an ingest does not visit the catalog's people", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Context`, year: 2005, directors: [`${prefix} Director`], cast: [{ person: `${prefix} Lead`, character: "Lead" }] });
  const hits = async () => {
    const result = await db.driver.executeQuery(`PROFILE ${db.cypher.get("filmContext").text}`, { filmId }, { database: db.name });
    const sum = (plan: any): number => (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s: number, c: any) => s + sum(c), 0);
    return sum(result.summary.profile);
  };
  const before = await hits();
  await db.driver.executeQuery(
    `UNWIND range(1, 3000) AS i
     CREATE (:Person {id: $slug + '-person-' + toString(i), name: $prefix + ' Person ' + toString(i)})
            -[:PLAYED]->(:Role {id: $slug + '-role-' + toString(i), name: 'Someone'})`,
    { slug: `review-keys-${Date.now()}`, prefix },
    { database: db.name },
  );
  expect(await hits()).toBeLessThan(before + 100);
});
