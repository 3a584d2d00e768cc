import fs from "node:fs";
import { once } from "node:events";
import { stringify } from "csv-stringify/sync";

/** One column of an import-tool CSV file: the row field it takes and its header (`name:type`, `:ID(Film)` ...). */
export interface CsvColumn<R> {
  key: keyof R & string;
  header: string;
}

const FLUSH_ROWS = 1000;

/**
 * A CSV file in the format of Neo4j's import tool (`neo4j-admin database import full`): a header
 * row of `property:type` / `:ID(group)` / `:START_ID(group)` / `:END_ID(group)` fields, then one
 * row per node or relationship, comma-separated, every string quoted with `"` (a `"` inside doubled,
 * RFC 4180), null as an empty unquoted field (the tool then sets no property). Rows are buffered and
 * written in chunks; `close` waits until the file is on disk. Returns the number of rows written.
 */
export class CsvSink<R extends object> {
  private readonly out: fs.WriteStream;
  // Rows as arrays in column order: csv-stringify then reads fields by position instead of resolving
  // each column's key as a property path per field (a sixth of the conversion's profile).
  private buffer: unknown[][] = [];
  private readonly keys: (keyof R & string)[];
  private written = 0;
  private failure: Error | undefined;

  constructor(
    readonly path: string,
    columns: CsvColumn<R>[],
  ) {
    this.keys = columns.map((c) => c.key);
    this.out = fs.createWriteStream(path);
    this.out.on("error", (error) => (this.failure = error));
    this.out.write(`${columns.map((c) => c.header).join(",")}\n`);
  }

  get rows(): number {
    return this.written + this.buffer.length;
  }

  /** Adds a row; a promise (to await) only when a chunk is written, so a row costs no microtask. */
  push(row: R): Promise<void> | undefined {
    const fields: unknown[] = new Array(this.keys.length);
    for (let i = 0; i < this.keys.length; i++) fields[i] = row[this.keys[i]!];
    this.buffer.push(fields);
    return this.buffer.length >= FLUSH_ROWS ? this.flush() : undefined;
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (!this.buffer.length) return;
    const text = stringify(this.buffer, {
      quoted_string: true,
      cast: { boolean: (b) => String(b) },
    });
    this.written += this.buffer.length;
    this.buffer = [];
    if (!this.out.write(text)) await once(this.out, "drain");
  }

  async close(): Promise<number> {
    await this.flush();
    this.out.end();
    await once(this.out, "finish");
    if (this.failure) throw this.failure;
    return this.written;
  }
}
