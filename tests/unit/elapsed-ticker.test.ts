import { withElapsedTicker } from "../../src/cli/elapsed-ticker";

// A long wait prints a line at once, one every interval, and how it ended.

it("says what it waits for, how long so far, and when it is done", async () => {
  jest.useFakeTimers();
  let clock = 0;
  const lines: string[] = [];
  const work = new Promise<string>((resolve) => setTimeout(() => resolve("ready"), 12_000));
  const running = withElapsedTicker("Starting the embedded Neo4j", (l) => lines.push(l), () => work, 5000, () => clock);
  for (let t = 0; t < 12; t += 1) {
    clock += 1000;
    await jest.advanceTimersByTimeAsync(1000);
  }
  await expect(running).resolves.toBe("ready");
  jest.useRealTimers();
  expect(lines).toEqual([
    "Starting the embedded Neo4j...",
    "Starting the embedded Neo4j... 5 s",
    "Starting the embedded Neo4j... 10 s",
    "Starting the embedded Neo4j: done in 12 s",
  ]);
});

it("says when it failed, and passes the error on", async () => {
  const lines: string[] = [];
  await expect(withElapsedTicker("Stopping", (l) => lines.push(l), () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
  expect(lines).toEqual(["Stopping...", "Stopping: failed after 0 s"]);
});
