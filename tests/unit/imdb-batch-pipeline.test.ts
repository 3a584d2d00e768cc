import { BatchPipeline } from "../../src/importers/imdb/write-batch";

const later = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe("BatchPipeline (import imdb)", () => {
  it("commits batches in submission order even when a later one is written first", async () => {
    const pipeline = new BatchPipeline(2);
    const committed: number[] = [];
    await pipeline.submit(() => later(40, 1), (n) => committed.push(n));
    await pipeline.submit(() => later(5, 2), (n) => committed.push(n));
    await pipeline.submit(() => later(1, 3), (n) => committed.push(n));
    await pipeline.drain();
    expect(committed).toEqual([1, 2, 3]);
  });

  it("keeps at most `depth` batches in flight", async () => {
    const pipeline = new BatchPipeline(2);
    let inFlight = 0;
    let most = 0;
    const write = async () => {
      most = Math.max(most, ++inFlight);
      await later(5, null);
      inFlight -= 1;
    };
    for (let i = 0; i < 6; i++) await pipeline.submit(write, () => {});
    await pipeline.drain();
    expect(most).toBe(2);
  });

  it("never commits a batch after a failed earlier one, and reports the failure", async () => {
    const pipeline = new BatchPipeline(2);
    const committed: number[] = [];
    await pipeline.submit(() => Promise.reject(new Error("deadlock")), () => committed.push(1));
    await pipeline.submit(() => later(1, 2), (n) => committed.push(n));
    await expect(pipeline.drain()).rejects.toThrow("deadlock");
    expect(committed).toEqual([]);
  });
});
