import type { ManagedTransaction, QueryResult } from "neo4j-driver";
import type { StatementName } from "../../db/cypher-registry";
import type { Database, Params } from "../../db/database";

/** What one batch changed in the graph (Neo4j's update counters, summed over its statements) and what it returned. */
export interface BatchResult {
  rows: Record<string, unknown>[];
  nodesCreated: number;
  relationshipsCreated: number;
}

/** Runs one named statement in the batch's transaction; its rows as plain objects. */
export type RunStatement = (name: StatementName, params: Params) => Promise<Record<string, unknown>[]>;

/**
 * Runs one batch — one or more named statements, each an UNWIND over the batch's rows — in a
 * write transaction of its own with a timeout (`timeoutMs`, Neo4j's transaction timeout; the
 * driver retries transient errors, running `work` again from the start). `work` returns the rows
 * the batch reports (its counts and collisions).
 */
export async function writeBatch(db: Database, work: (run: RunStatement) => Promise<Record<string, unknown>[]>, timeoutMs: number): Promise<BatchResult> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: "WRITE" });
  try {
    return await session.executeWrite(async (tx: ManagedTransaction) => {
      const result: BatchResult = { rows: [], nodesCreated: 0, relationshipsCreated: 0 };
      const run: RunStatement = async (name, params) => {
        const answer: QueryResult = await tx.run(db.cypher.get(name).text, params);
        const updates = answer.summary.counters.updates();
        result.nodesCreated += updates.nodesCreated;
        result.relationshipsCreated += updates.relationshipsCreated;
        return answer.records.map((r) => r.toObject() as Record<string, unknown>);
      };
      result.rows = await work(run);
      return result;
    }, { timeout: timeoutMs });
  } finally {
    await session.close();
  }
}

/** Neo4j's error for a write that a uniqueness constraint refused (a node CREATEd under a key another transaction has just taken). */
export function isConstraintViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}

/**
 * Keeps up to `depth` batches in flight while the next is read. Each batch's `commit` (counting,
 * the checkpoint) runs in submission order, once it and every earlier batch are written, so a
 * checkpoint never covers a batch that is not committed. A failure surfaces at a later `submit`
 * or at `drain`.
 */
export class BatchPipeline {
  private inflight: Promise<void>[] = [];
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly depth: number) {}

  async submit<R>(write: () => Promise<R>, commit: (result: R) => void): Promise<void> {
    while (this.inflight.length >= this.depth) await this.inflight.shift();
    const previous = this.last;
    const written = write();
    const done = (async () => {
      const result = await written;
      await previous;
      commit(result);
    })();
    done.catch(() => {}); // observed by a later submit or drain
    this.last = done;
    this.inflight.push(done);
  }

  async drain(): Promise<void> {
    for (const pending of this.inflight.splice(0)) await pending;
    await this.last;
  }
}
