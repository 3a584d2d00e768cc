import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { openTsv, type TsvRow } from "../../src/importers/imdb/tsv-file";

// The reader takes the file a chunk (~1 MiB) at a time: lines, line numbers and multi-byte
// characters must come out whole across chunk boundaries, gzip or not.

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "imdb-tsv-chunks-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ROWS = 60_000; // ~2.4 MB of text: several chunks
const name = (i: number) => `Zoë Ñúñez 東京 ${i} 🎬`;
function text(eol: string, lastEol: boolean): string {
  const lines = ["nconst\tprimaryName\tbirthYear"];
  for (let i = 0; i < ROWS; i++) lines.push(`nm${i}\t${name(i)}\t${i % 7 === 0 ? "\\N" : 1900 + (i % 100)}`);
  return lines.join(eol) + (lastEol ? eol : "");
}

async function readAll(file: string): Promise<{ rows: TsvRow[]; batches: number }> {
  const tsv = await openTsv(file, ["nconst", "primaryName"]);
  const rows: TsvRow[] = [];
  let batches = 0;
  for await (const batch of tsv.batches()) {
    batches += 1;
    rows.push(...batch);
  }
  return { rows, batches };
}

function expectWhole(rows: TsvRow[]): void {
  expect(rows).toHaveLength(ROWS);
  rows.forEach((row, i) => {
    expect(row.line).toBe(i + 2);
    expect(row.fields).toEqual([`nm${i}`, name(i), i % 7 === 0 ? null : String(1900 + (i % 100))]);
  });
}

it("reads every line whole across chunks, with multi-byte characters and no newline at the end", async () => {
  const file = path.join(dir, "plain.tsv");
  fs.writeFileSync(file, text("\n", false));
  const { rows, batches } = await readAll(file);
  expect(batches).toBeGreaterThan(1);
  expectWhole(rows);
});

it("reads CRLF line ends and gzip the same way", async () => {
  const file = path.join(dir, "crlf.tsv.gz");
  fs.writeFileSync(file, zlib.gzipSync(text("\r\n", true)));
  expectWhole((await readAll(file)).rows);
  const tsv = await openTsv(file, []);
  expect(tsv.columns).toEqual(["nconst", "primaryName", "birthYear"]);
});
