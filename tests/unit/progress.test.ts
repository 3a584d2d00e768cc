import { PassThrough } from "node:stream";
import { createProgress } from "../../src/cli/progress";

function fakeStream(isTTY: boolean) {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean };
  let written = "";
  stream.on("data", (chunk) => (written += chunk));
  Object.assign(stream, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: stream as unknown as NodeJS.WriteStream, written: () => written };
}

it("prints one plain line per file when the stream is not a terminal", () => {
  const { stream, written } = fakeStream(false);
  const progress = createProgress(2, stream);
  progress.tick("a.txt", "stored");
  progress.tick("b.txt", "refused");
  progress.stop();
  expect(written()).toBe("[1/2] stored a.txt\n[2/2] refused b.txt\n");
});

it("draws a bar with the count on a terminal", () => {
  const { stream, written } = fakeStream(true);
  const progress = createProgress(2, stream);
  progress.tick("a.txt", "stored");
  progress.tick("b.txt", "stored");
  progress.stop();
  expect(written()).toContain("ingesting");
  expect(written()).toContain("2/2 | b.txt");
  expect(written()).not.toContain("[1/2]");
});
