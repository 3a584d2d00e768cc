import { analysisPool } from "../../src/ingest/analysis-pool";
import { defaultAnalyzer } from "../../src/ingest/default-analyzer";
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
