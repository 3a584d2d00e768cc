import fs from "node:fs";
import readline from "node:readline";
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
  rows(): AsyncGenerator<TsvRow>;
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

/** The file's lines, gunzipped when it is gzip (by its first bytes, whatever its name says). */
function lines(path: string, onBytes?: (bytes: number) => void): readline.Interface {
  const raw = fs.createReadStream(path, { highWaterMark: 1 << 20 });
  if (onBytes) raw.on("data", (chunk) => onBytes(chunk.length));
  const text = isGzip(path) ? raw.pipe(zlib.createGunzip()) : raw;
  raw.on("error", (error) => text.destroy(error));
  const reader = readline.createInterface({ input: text, crlfDelay: Infinity });
  // Stopping early (the header alone, or an interrupted import) releases the file.
  reader.once("close", () => {
    raw.destroy();
    if (text !== raw) text.destroy();
  });
  return reader;
}

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
  return {
    path,
    columns,
    size: fs.statSync(path).size,
    async *rows() {
      let line = 0;
      for await (const text of lines(path, onBytes)) {
        line += 1;
        if (line === 1 || text === "") continue;
        yield { line, fields: text.replace(/\r$/, "").split("\t").map((f) => (f === IMDB_NULL ? null : f)) };
      }
    },
  };
}

async function firstLine(path: string): Promise<string | undefined> {
  const reader = lines(path);
  try {
    for await (const text of reader) return text;
    return undefined;
  } finally {
    reader.close();
  }
}
