// A Database that records how long each statement and each transaction takes (wall time, ms), for
// the ingest benchmark's breakdown of where the time goes. Benchmark-only: the timing wraps the
// real calls and changes nothing they do.
import type { StatementName } from "../../src/db/cypher-registry";
import { Database, type Params, type Row, type WriteTransaction } from "../../src/db/database";

export interface Timing {
  count: number;
  ms: number;
}

export class TimedDatabase extends Database {
  /** Per statement (reads and statements inside writes), and "write transaction" for whole write transactions. */
  readonly timings = new Map<string, Timing>();

  constructor(db: Database) {
    super(db.driver, db.name, db.cypher, db.timeouts);
  }

  private record(name: string, started: bigint): void {
    const t = this.timings.get(name) ?? { count: 0, ms: 0 };
    t.count += 1;
    t.ms += Number(process.hrtime.bigint() - started) / 1e6;
    this.timings.set(name, t);
  }

  override async read(name: StatementName, params?: Params): Promise<Row[]> {
    const started = process.hrtime.bigint();
    try {
      return await super.read(name, params);
    } finally {
      this.record(`read ${name}`, started);
    }
  }

  override async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    try {
      return await super.write((tx) =>
        work({
          run: async (name, params) => {
            const at = process.hrtime.bigint();
            try {
              return await tx.run(name, params);
            } finally {
              this.record(`  in write: ${name}`, at);
            }
          },
        }),
      );
    } finally {
      this.record("write transaction (whole, with commit)", started);
    }
  }

  /** One line per timing, longest first: total ms, count, mean ms. */
  report(): string {
    return [...this.timings.entries()]
      .sort(([, a], [, b]) => b.ms - a.ms)
      .map(([name, t]) => `  ${name.padEnd(48)} ${t.ms.toFixed(0).padStart(8)} ms  ${String(t.count).padStart(5)}×  ${(t.ms / t.count).toFixed(1).padStart(8)} ms each`)
      .join("\n");
  }
}
