import fs from "node:fs";
import { StringDecoder } from "node:string_decoder";
import zlib from "node:zlib";

/**
 * One data row of an IMDb TSV file: its 1-based line number in the file (the header is line 1)
 * and its fields, `\N` turned into null. The files use no quoting: a field is everything between
 * two tabs (IMDb, "IMDb Non-Commercial Datasets", developer.imdb.com/non-commercial-datasets).
 */
export interface TsvRow {
  line: number;
  fields: (string | null)[];
}

export interface TsvFile {
  path: string;
  /** The column names of the header row. */
  columns: string[];
  /** Bytes of the file on disk (compressed bytes for .gz), for progress. */
  size: number;
  /** The data rows one by one (a promise per row: for tests and small files). */
  rows(): AsyncGenerator<TsvRow>;
  /** The data rows in file order, a chunk of the file (about 1 MiB) at a time. */
  batches(): AsyncGenerator<TsvRow[]>;
}

/** The null marker of the IMDb files. */
export const IMDB_NULL = "\\N";

const GZIP_MAGIC = [0x1f, 0x8b];

function isGzip(path: string): boolean {
  const fd = fs.openSync(path, "r");
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  } finally {
    fs.closeSync(fd);
  }
}

/** The file's bytes as a stream, gunzipped when it is gzip (by its first bytes, whatever its name says). */
function open(path: string, onBytes?: (bytes: number) => void): { text: NodeJS.ReadableStream & { destroy(): void }; close(): void } {
  const raw = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  if (onBytes) raw.on("data", (chunk) => onBytes(chunk.length));
  const text = isGzip(path) ? raw.pipe(zlib.createGunzip({ chunkSize: 1 << 20 })) : raw;
  raw.on("error", (error) => text.destroy(error));
  return {
    text,
    close: () => {
      raw.destroy();
      if (text !== raw) text.destroy();
    },
  };
}

/**
 * The file's lines, a chunk's worth at a time (about 1 MiB of text each): lines end at `\n`, a
 * trailing `\r` is dropped, and a last line without its `\n` counts. One await per chunk instead of
 * one per line (readline's async iterator costs a promise and a microtask per line). Stopping early
 * (the header alone, or an interrupted import) releases the file.
 */
async function* lineChunks(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<string[]> {
  const { text, close } = open(path, onBytes);
  const decoder = new StringDecoder("utf8");
  let rest = "";
  try {
    for await (const chunk of text) {
      const lines = (rest + decoder.write(chunk as Buffer)).split("\n");
      rest = lines.pop()!;
      if (lines.length) yield lines;
    }
    rest += decoder.end();
    if (rest !== "") yield [rest];
  } finally {
    close();
  }
}

const field = (f: string) => (f === IMDB_NULL ? null : f);

/**
 * Opens a TSV file (plain or gzip) and checks its header has the `required` columns (in any
 * order). Rows are streamed: a file of any size is read in constant memory.
 * Throws when the file is empty or a required column is missing.
 */
export async function openTsv(path: string, required: readonly string[], onBytes?: (bytes: number) => void): Promise<TsvFile> {
  const header = await firstLine(path);
  if (header === undefined) throw new Error(`${path} is empty: an IMDb file starts with a header row`);
  const columns = header.replace(/\r$/, "").split("\t");
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) throw new Error(`${path}: the header lacks the column(s) ${missing.join(", ")} (it has ${columns.join(", ")})`);
  async function* batches(): AsyncGenerator<TsvRow[]> {
    let line = 0;
    for await (const lines of lineChunks(path, onBytes)) {
      const rows: TsvRow[] = [];
      for (const raw of lines) {
        line += 1;
        if (line === 1 || raw === "") continue;
        const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        rows.push({ line, fields: text.split("\t").map(field) });
      }
      if (rows.length) yield rows;
    }
  }
  return {
    path,
    columns,
    size: fs.statSync(path).size,
    batches,
    async *rows() {
      for await (const rows of batches()) yield* rows;
    },
  };
}

async function firstLine(path: string): Promise<string | undefined> {
  for await (const lines of lineChunks(path)) return lines[0];
  return undefined;
}
