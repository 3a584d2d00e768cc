import neo4j from "neo4j-driver";
import type { Database, Row, WriteTransaction } from "../../src/db/database";
import { backfillFilmConsensus } from "../../src/db/film-consensus-backfill";
import { refreshFilmConsensus, refreshFilmReviewKeys, storeReview, type Polarity } from "../../src/graph/review-writes";
import { verdictThresholds } from "../../src/graphql/verdict";
import { deleteReview } from "../../src/ingest/delete-review";
import { addFilm, addReview } from "../support/catalog-fixtures";
import { openTestDatabase } from "../support/test-database";
import { type ProfiledServer, startProfiledServer } from "../support/profiled-server";
import type { TestServer } from "../support/test-server";

// Film.consensus reads aggregates the review writes maintain (docs/consensus.md): counters and
// sentiment sums on the film, and per aspect a JUDGED_ON link with its tally and its praise and
// criticism quotes. They must equal a recount of the film's reviews after concurrent writes,
// re-analyses and deletes, after the recount of a film written before them and after the back-fill
// of migration 050; and what the consensus request costs must not grow with the film's reviews.

const prefix = `Consensus Tallies ${Date.now()}`;
let db: Database;
beforeAll(() => {
  db = openTestDatabase(undefined, 30_000);
});
afterAll(() => db.driver.close());

interface Quote {
  reviewId: string;
  start: number;
}
interface Tally {
  aspect: string;
  counts: number[];
  praise: Quote | null;
  criticism: Quote | null;
}
interface Aggregates {
  negative: number | null;
  sentiments: number | null;
  sentimentSum: number | null;
  sentimentSquareSum: number | null;
  tallies: Tally[];
}

const POLARITIES: Polarity[] = ["POSITIVE", "NEGATIVE", "MIXED", "NEUTRAL"];
const num = (value: unknown) => (value == null ? null : Number(value));

/** The stored aggregates and the same recounted here, in TypeScript, from the film's reviews and judgements. */
async function storedAndRecounted(filmId: string): Promise<{ stored: Aggregates; recounted: Aggregates }> {
  const { records } = await db.driver.executeQuery(
    `MATCH (f:Film {id: $filmId})
     RETURN f {.negativeReviewCount, .sentimentCount, .sentimentSum, .sentimentSquareSum} AS film,
       COLLECT { MATCH (f)-[t:JUDGED_ON]->(a:Aspect)
                 RETURN t {aspect: a.id, .positive, .negative, .mixed, .neutral, .total, .praiseReviewId, .praiseStart,
                           .criticismReviewId, .criticismStart} ORDER BY a.id } AS tallies,
       COLLECT { MATCH (f)<-[:REVIEWS]-(r:Review)
                 RETURN {id: r.id, sentiment: r.sentiment, score: r.score, createdAt: r.createdAt.epochMillis} } AS reviews,
       COLLECT { MATCH (f)<-[:REVIEWS]-(r:Review)-[j:JUDGES]->(a:Aspect)
                 RETURN {reviewId: r.id, aspect: a.id, polarity: j.polarity, start: j.start} } AS judgements`,
    { filmId },
    { database: db.name },
  );
  const record = records[0]!;
  const film = record.get("film") as Record<string, unknown>;
  const stored: Aggregates = {
    negative: num(film.negativeReviewCount),
    sentiments: num(film.sentimentCount),
    sentimentSum: num(film.sentimentSum),
    sentimentSquareSum: num(film.sentimentSquareSum),
    tallies: (record.get("tallies") as Record<string, unknown>[]).map((t) => ({
      aspect: t.aspect as string,
      counts: ["positive", "negative", "mixed", "neutral", "total"].map((k) => Number(t[k])),
      praise: t.praiseReviewId == null ? null : { reviewId: t.praiseReviewId as string, start: Number(t.praiseStart) },
      criticism: t.criticismReviewId == null ? null : { reviewId: t.criticismReviewId as string, start: Number(t.criticismStart) },
    })),
  };
  const reviews = (record.get("reviews") as { id: string; sentiment: number | null; score: unknown; createdAt: unknown }[]).map((r) => ({
    ...r,
    score: num(r.score),
    createdAt: Number(r.createdAt),
  }));
  const byId = new Map(reviews.map((r) => [r.id, r]));
  const { negativeBelow, negativeScoreTo } = verdictThresholds();
  const withSentiment = reviews.flatMap((r) => (r.sentiment == null ? [] : [r.sentiment]));
  const judgements = (record.get("judgements") as { reviewId: string; aspect: string; polarity: Polarity; start: unknown }[]).map((j) => ({
    ...j,
    start: Number(j.start),
    review: byId.get(j.reviewId)!,
  }));
  // The first judgement by sentiment (none: 0; highest for praise, lowest for criticism), then oldest review, id, start.
  const best = (aspect: string, polarity: Polarity, sign: number): Quote | null => {
    const candidates = judgements
      .filter((j) => j.aspect === aspect && j.polarity === polarity)
      .sort(
        (a, b) =>
          sign * ((b.review.sentiment ?? 0) - (a.review.sentiment ?? 0)) ||
          a.review.createdAt - b.review.createdAt ||
          (a.reviewId < b.reviewId ? -1 : a.reviewId > b.reviewId ? 1 : 0) ||
          a.start - b.start,
      );
    return candidates[0] ? { reviewId: candidates[0].reviewId, start: candidates[0].start } : null;
  };
  const recounted: Aggregates = {
    negative: reviews.length === 0 ? null : reviews.filter((r) => (r.score != null ? r.score <= negativeScoreTo.toNumber() : r.sentiment != null && r.sentiment < negativeBelow)).length,
    sentiments: reviews.length === 0 ? null : withSentiment.length,
    sentimentSum: reviews.length === 0 ? null : withSentiment.reduce((a, b) => a + b, 0),
    sentimentSquareSum: reviews.length === 0 ? null : withSentiment.reduce((a, b) => a + b * b, 0),
    tallies: [...new Set(judgements.map((j) => j.aspect))].sort().map((aspect) => {
      const counts = POLARITIES.map((p) => judgements.filter((j) => j.aspect === aspect && j.polarity === p).length);
      return { aspect, counts: [...counts, counts.reduce((a, b) => a + b, 0)], praise: best(aspect, "POSITIVE", 1), criticism: best(aspect, "NEGATIVE", -1) };
    }),
  };
  return { stored, recounted };
}

async function expectMatchesRecount(filmId: string): Promise<Aggregates> {
  const { stored, recounted } = await storedAndRecounted(filmId);
  expect({ ...stored, sentimentSum: null, sentimentSquareSum: null }).toEqual({ ...recounted, sentimentSum: null, sentimentSquareSum: null });
  for (const key of ["sentimentSum", "sentimentSquareSum"] as const) {
    if (recounted[key] === null) expect(stored[key]).toBeNull();
    else expect(stored[key]).toBeCloseTo(recounted[key]!, 9);
  }
  return stored;
}

const texts = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${name} ${i}`);
const sentimentOf = (i: number) => (i % 7 === 6 ? null : [0.9, -0.6, 0.3, 0.3, -0.6, 0][i % 6]!);
const scoreOf = (i: number) => (i % 4 === 0 ? [20, 65, 50][i % 3]! : null);
const aspectsOf = (i: number): [string, Polarity][] =>
  (
    [
      ["performance", POLARITIES[i % 4]!],
      ["pacing", POLARITIES[(i + 1) % 2]!],
      ["music", "POSITIVE"],
      ["performance", "NEGATIVE"],
    ] as [string, Polarity][]
  ).filter((_, k) => (i + k) % 3 !== 0);

it("stay equal to a recount under concurrent review writes, re-analyses and deletes", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Concurrent`, year: 2001 });
  const base = Date.parse("2025-03-01T00:00:00Z");
  const first = texts("first", 12);
  const firstIds = await Promise.all(
    first.map((text, i) => addReview(db, { filmId, text, sentiment: sentimentOf(i), score: scoreOf(i), aspects: aspectsOf(i) }, new Date(base + (i % 3) * 1000))),
  );
  const stored = await expectMatchesRecount(filmId);
  expect(stored.tallies.map((t) => t.aspect)).toEqual(["music", "pacing", "performance"]);
  const second = texts("second", 10);
  const [secondIds] = await Promise.all([
    // New reviews, some with the same createdAt as stored ones (ties broken by review id).
    Promise.all(
      second.map((text, i) =>
        addReview(db, { filmId, text, sentiment: sentimentOf(i + 3), score: scoreOf(i + 1), aspects: aspectsOf(i + 2) }, new Date(base + (i % 4) * 1000)),
      ),
    ),
    // Every third stored review deleted: among them the holders of quotes.
    ...firstIds.filter((_, i) => i % 3 === 0).map((id) => deleteReview(db, id)),
    // Others analysed again: the same reviews, another sentiment and other judgements.
    ...[1, 2, 4, 5].map((i) => addReview(db, { filmId, text: first[i]!, sentiment: sentimentOf(i + 1), aspects: aspectsOf(i + 1) })),
  ]);
  // The review quoted for praising the music is analysed again, now negative: the quotes move on.
  const before = await expectMatchesRecount(filmId);
  const holder = before.tallies.find((t) => t.aspect === "music")!.praise!.reviewId;
  const textOf = new Map([...firstIds.map((id, i) => [id, first[i]!] as const), ...secondIds.map((id, i) => [id, second[i]!] as const)]);
  await addReview(db, { filmId, text: textOf.get(holder)!, sentiment: -0.95, aspects: [["music", "POSITIVE"], ["pacing", "NEGATIVE"]] });
  const after = await expectMatchesRecount(filmId);
  expect(after.tallies.find((t) => t.aspect === "music")!.praise!.reviewId).not.toBe(holder);
  expect(after.tallies.find((t) => t.aspect === "pacing")!.criticism!.reviewId).toBe(holder);
  await deleteReview(db, holder);
  await expectMatchesRecount(filmId);
}, 180_000);

it("are absent on a film whose last review is deleted, links included", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Emptied`, year: 2002 });
  const id = await addReview(db, { filmId, text: `${prefix} the only one`, sentiment: 0.5, aspects: [["music", "POSITIVE"]] });
  expect((await expectMatchesRecount(filmId)).tallies).toHaveLength(1);
  await deleteReview(db, id);
  expect(await expectMatchesRecount(filmId)).toEqual({ negative: null, sentiments: null, sentimentSum: null, sentimentSquareSum: null, tallies: [] });
});

/** As a database written before the consensus aggregates: no counters, no JUDGED_ON links. */
async function forgetAggregates(filmId: string): Promise<void> {
  await db.driver.executeQuery(
    `MATCH (f:Film {id: $filmId}) REMOVE f.negativeReviewCount, f.sentimentCount, f.sentimentSum, f.sentimentSquareSum
     WITH f MATCH (f)-[t:JUDGED_ON]->() DELETE t`,
    { filmId },
    { database: db.name },
  );
}

it("a film reviewed before they existed is recounted whole at its next review write", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Before`, year: 2003 });
  await addReview(db, { filmId, text: `${prefix} before 1`, sentiment: 0.9, aspects: [["music", "POSITIVE"], ["pacing", "NEGATIVE"]] });
  await addReview(db, { filmId, text: `${prefix} before 2`, sentiment: -0.9, score: 30, aspects: [["pacing", "NEGATIVE"]] });
  await forgetAggregates(filmId);
  await addReview(db, { filmId, text: `${prefix} before 3`, sentiment: 0.1, aspects: [["music", "MIXED"]] });
  const stored = await expectMatchesRecount(filmId);
  expect(stored.tallies.map((t) => [t.aspect, t.counts])).toEqual([
    ["music", [1, 0, 1, 0, 2]],
    ["pacing", [0, 2, 0, 0, 2]],
  ]);
});

it("are back-filled by migration 050 on films written before them, which it then no longer finds", async () => {
  const filmId = await addFilm(db, { title: `${prefix} Before 050`, year: 2004 });
  await addReview(db, { filmId, text: `${prefix} 050 one`, sentiment: 0.4, aspects: [["music", "POSITIVE"]] });
  await addReview(db, { filmId, text: `${prefix} 050 two`, sentiment: null, aspects: [["music", "POSITIVE"], ["performance", "NEUTRAL"]] });
  await forgetAggregates(filmId);
  expect(await backfillFilmConsensus(db)).toBeGreaterThanOrEqual(1);
  const stored = await expectMatchesRecount(filmId);
  expect(stored).toMatchObject({ negative: 0, sentiments: 1, sentimentSum: 0.4 });
  // Other test files write films of their own meanwhile: this one is no longer found.
  const stillMissing = await db.read("filmsWithoutConsensusTallies", { after: "", limit: neo4j.int(1_000_000) });
  expect(stillMissing.map((row) => row.id)).not.toContain(filmId);
  // From then on deltas.
  await addReview(db, { filmId, text: `${prefix} 050 three`, sentiment: 0.8, aspects: [["music", "POSITIVE"]] });
  expect((await expectMatchesRecount(filmId)).tallies[0]!.praise).toMatchObject({ start: 0 });
});

describe("cost", () => {
  const few = `${prefix} Few`;
  const many = `${prefix} Many`;
  const ids: Record<string, string> = {};
  let server: TestServer;
  let profiled: ProfiledServer;

  beforeAll(async () => {
    profiled = await startProfiledServer(db);
    server = profiled.server;
    ids.few = await addFilm(db, { title: few, year: 2010 });
    ids.many = await addFilm(db, { title: many, year: 2011 });
    // Reviews written in bulk, each judging two aspects, then the films' aggregates recounted.
    await db.driver.executeQuery(
      `UNWIND [[$few, 60], [$many, 2000]] AS film
       MATCH (f:Film {id: film[0]}), (perf:Aspect {id: 'performance'}), (pace:Aspect {id: 'pacing'})
       UNWIND range(1, film[1]) AS i
       CREATE (r:Review {id: f.id + '/review-bulk-' + toString(i), filmId: f.id, text: 'bulk ' + toString(i),
                         sentiment: (i % 10) / 10.0 - 0.4, createdAt: datetime('2025-01-01T00:00:00Z') + duration({seconds: i})})-[:REVIEWS]->(f)
       CREATE (r)-[:JUDGES {polarity: CASE WHEN i % 3 = 0 THEN 'NEGATIVE' ELSE 'POSITIVE' END, evidence: 'bulk ' + toString(i), start: 0, end: 4}]->(perf)
       CREATE (r)-[:JUDGES {polarity: 'NEGATIVE', evidence: 'slow ' + toString(i), start: 5, end: 9}]->(pace)`,
      { few: ids.few, many: ids.many },
      { database: db.name },
    );
    await db.write(async (tx) => {
      await refreshFilmReviewKeys(tx, [ids.few!, ids.many!]);
      for (const filmId of [ids.few!, ids.many!]) {
        await tx.run("refreshFilmThemes", { filmId });
        await refreshFilmConsensus(tx, filmId);
      }
    });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    // The database is shared with other test files, whose whole-graph statements (analytics,
    // catalog-scale's db-hit bounds) would meet these reviews.
    await db.driver.executeQuery("MATCH (r:Review)-[:REVIEWS]->(f:Film) WHERE f.id IN [$few, $many] DETACH DELETE r", ids, { database: db.name });
  });

  const CONSENSUS = /* GraphQL */ `
    query ($title: String!) {
      film(title: $title) {
        consensus {
          reviewCount positiveCount negativeCount positiveShare averageSentiment agreement sentimentSpread meanScore
          aspects { aspect positive negative mixed neutral total }
          praise { aspect count evidence } criticism { aspect count evidence }
        }
      }
    }
  `;

  async function consensusRequest(title: string): Promise<{ dbHits: number; consensus: any }> {
    const { dbHits, data } = await profiled.measure<any>(CONSENSUS, { title });
    return { dbHits, consensus: data.film.consensus };
  }

  it("the consensus request's db hits do not grow with the film's review count", async () => {
    const small = await consensusRequest(few);
    const large = await consensusRequest(many);
    expect(large.consensus.reviewCount).toBe(2000);
    expect(large.consensus.aspects).toEqual([
      { aspect: "pacing", positive: 0, negative: 2000, mixed: 0, neutral: 0, total: 2000 },
      { aspect: "performance", positive: 1334, negative: 666, mixed: 0, neutral: 0, total: 2000 },
    ]);
    // The most negative review (sentiment -0.4: i % 10 = 0) first created (i = 10) is quoted on pacing.
    expect(large.consensus.criticism[0]).toEqual({ aspect: "pacing", count: 2000, evidence: "slow 10" });
    expect(large.consensus.praise).toEqual([{ aspect: "performance", count: 1334, evidence: "bulk 19" }]);
    expect(large.consensus.criticism[1]).toEqual({ aspect: "performance", count: 666, evidence: "bulk 30" });
    // Reading the film's 2,000 reviews and 4,000 judgements would add tens of thousands of hits.
    expect(large.dbHits).toBeLessThanOrEqual(small.dbHits + 10);
  }, 120_000);

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
    const at = (aspect: string, polarity: Polarity) => ({ aspect, polarity, evidence: text, start: 0, end: text.length });
    try {
      await storeReview(profiling, {
        filmId,
        text,
        analyzerVersion: "test",
        analysis: { sentiment: 0.5, mentions: [], themes: [], aspects: [at("performance", "POSITIVE"), at("pacing", "NEGATIVE")] },
      });
    } finally {
      await tx.rollback();
      await session.close();
    }
    return hits;
  }

  it("what a review write with aspect judgements costs does not grow with the film's reviews", async () => {
    const [small, large] = [await reviewWriteDbHits(ids.few!, `${prefix} cost few`), await reviewWriteDbHits(ids.many!, `${prefix} cost many`)];
    expect(large).toBeLessThan(small + 100);
  }, 120_000);
});
