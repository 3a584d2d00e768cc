import { PassThrough } from "node:stream";
import { progressOnStderr } from "../../src/cli/progress";

function fakeStream(isTTY: boolean) {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean };
  let written = "";
  stream.on("data", (chunk) => (written += chunk));
  Object.assign(stream, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

it("prints one plain line per step when the stream is not a terminal", () => {
  const { stream, written } = fakeStream(false);
  const progress = progressOnStderr("ingesting", "reviews", stream);
  progress.start(2);
  progress.advance(1, "stored a.txt");
  progress.advance(1, "refused b.txt");
  progress.stop();
  expect(written()).toBe("ingesting: 0/2 reviews\ningesting: 1/2 reviews: stored a.txt\ningesting: 2/2 reviews: refused b.txt\n");
});

it("draws a bar with the count on a terminal", () => {
  const { stream, written } = fakeStream(true);
  const progress = progressOnStderr("ingesting", "reviews", stream);
  progress.start(2);
  progress.advance(1, "stored a.txt");
  progress.advance(1, "stored b.txt");
  progress.stop();
  expect(written()).toContain("ingesting [");
  expect(written()).toContain("2/2 reviews | stored b.txt");
  expect(written()).not.toContain("ingesting: 1/2");
});
