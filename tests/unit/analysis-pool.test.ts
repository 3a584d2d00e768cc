import { AnalysisFailedError, analysisPool, analysisThreadsFor, MAX_ANALYSIS_THREADS, REVIEWS_PER_ANALYSIS_THREAD } from "../../src/ingest/analysis-pool";
import { analysisWorkerHandler, contextBuffer, contextOfBuffer } from "../../src/ingest/analysis-task";
import type { FilmContext } from "../../src/ingest/analysis-types";
import { defaultAnalyzer } from "../../src/ingest/default-analyzer";
import { failingAnalyzer } from "../support/failing-analyzer";
import { contextOf, WHIPLASH } from "./analysis/film";

// The folder ingest analyses in worker threads (src/ingest/analysis-worker.cjs): a worker gives
// the same analysis as the production analyzer in this thread.
it("the worker threads answer what the analyzer answers in-thread", async () => {
  const context = contextOf(WHIPLASH);
  const texts = [
    "J.K. Simmons is terrifying as Terence Fletcher, and Miles Teller matches him. The editing is superb.",
    "Whiplash is a film about ambition and abuse; the pacing drags in the middle, but the drumming is thrilling.",
  ];
  const pool = analysisPool(defaultAnalyzer, 2);
  try {
    const inWorkers = await Promise.all(texts.map((text) => pool.analyze({ text, context })));
    expect(inWorkers).toEqual(texts.map((text) => defaultAnalyzer.analyze(text, context)));
    expect(inWorkers[0]!.mentions.length).toBeGreaterThan(0);
  } finally {
    await pool.close();
  }
}, 60_000);

describe("a pool of one worker (tests/support/failing-analysis-worker.cjs)", () => {
  const pool = analysisPool(failingAnalyzer, 1);
  afterAll(() => pool.close());
  const context = contextOf(WHIPLASH);

  it("parses a film's context once per worker: every review of the film is analysed against one object", async () => {
    const results = await Promise.all([1, 2, 3, 4].map((n) => pool.analyze({ text: `Review ${n} of Whiplash.`, context })));
    expect(results.map((r) => r.sentiment)).toEqual([1, 1, 1, 1]);
    // Another film's context is another object.
    const other = await pool.analyze({ text: "Another film.", context: contextOf({ ...WHIPLASH, title: "Whiplash II" }) });
    expect(other.sentiment).toBe(2);
  }, 60_000);

  it("rejects an analysis that throws with the analyzer's message, and goes on with the next", async () => {
    const failed = pool.analyze({ text: "THROW", context });
    await expect(failed).rejects.toThrow(AnalysisFailedError);
    await expect(failed).rejects.toThrow("the analysis failed: cannot read this review (5 characters)");
    await expect(pool.analyze({ text: "Fine.", context })).resolves.toMatchObject({ sentences: [{ text: "Fine." }] });
  }, 60_000);

  it("rejects the analysis whose worker dies, and the pool replaces the worker", async () => {
    await expect(pool.analyze({ text: "CRASH", context })).rejects.toThrow(/^the analysis failed: .*exit/i);
    await expect(pool.analyze({ text: "Still fine.", context })).resolves.toMatchObject({ sentences: [{ text: "Still fine." }] });
  }, 60_000);
});

it("in this thread (an analyzer without a worker file), a failure is an AnalysisFailedError too", async () => {
  const pool = analysisPool({ ...failingAnalyzer, workerFile: undefined });
  await expect(pool.analyze({ text: "THROW", context: contextOf(WHIPLASH) })).rejects.toThrow("the analysis failed: cannot read this review");
  await pool.close();
});

describe("analysisThreadsFor: worker threads for an ingest", () => {
  it("leaves one core to the main thread and the database, with at least one thread and at most four", () => {
    expect(analysisThreadsFor(10_000, 1)).toBe(1);
    expect(analysisThreadsFor(10_000, 2)).toBe(1);
    expect(analysisThreadsFor(10_000, 4)).toBe(3);
    expect(analysisThreadsFor(10_000, 64)).toBe(MAX_ANALYSIS_THREADS);
  });

  it("starts no more workers than the reviews are worth: one per REVIEWS_PER_ANALYSIS_THREAD", () => {
    expect(analysisThreadsFor(0, 8)).toBe(1);
    expect(analysisThreadsFor(REVIEWS_PER_ANALYSIS_THREAD, 8)).toBe(1);
    expect(analysisThreadsFor(REVIEWS_PER_ANALYSIS_THREAD + 1, 8)).toBe(2);
    expect(analysisThreadsFor(3 * REVIEWS_PER_ANALYSIS_THREAD, 8)).toBe(3);
  });
});

describe("the context a worker task carries (src/ingest/analysis-task.ts)", () => {
  it("is the context's JSON in a shared buffer, read back whole, characters outside ASCII too", () => {
    const context = contextOf({ ...WHIPLASH, title: "Amélie — 𝔗𝔥𝔢 Film", cast: [{ person: "Zoë Kravitz", character: "Ñandú" }] });
    const shared = contextBuffer(context);
    expect(shared).toBeInstanceOf(SharedArrayBuffer);
    expect(contextOfBuffer(shared)).toEqual(context);
  });

  it("is decoded once per key by a worker's handler: the analyses of one film get one object", () => {
    const seen: FilmContext[] = [];
    const handle = analysisWorkerHandler((text, film) => {
      seen.push(film);
      return defaultAnalyzer.analyze(text, film);
    });
    const context = contextBuffer(contextOf(WHIPLASH));
    handle({ text: "Miles Teller is superb.", contextKey: "1", context });
    handle({ text: "The editing is superb.", contextKey: "1", context });
    handle({ text: "The editing is superb.", contextKey: "2", context: contextBuffer(contextOf({ ...WHIPLASH, title: "Other" })) });
    expect(seen[0]).toBe(seen[1]);
    expect(seen[2]).not.toBe(seen[0]);
    expect(seen[2]!.title).toBe("Other");
  });
});
