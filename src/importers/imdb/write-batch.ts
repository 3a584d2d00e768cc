import type { QueryResult } from "neo4j-driver";
import type { StatementName } from "../../db/cypher-registry";
import type { Database, Params } from "../../db/database";

/** What one batch changed in the graph (Neo4j's update counters) and the rows it returned. */
export interface BatchResult {
  rows: Record<string, unknown>[];
  nodesCreated: number;
  relationshipsCreated: number;
}

/**
 * Runs one named statement (a batch: one UNWIND) in a write transaction of its own with a
 * timeout (`timeoutMs`, Neo4j's transaction timeout; the driver retries transient errors).
 */
export async function writeBatch(db: Database, name: StatementName, params: Params, timeoutMs: number): Promise<BatchResult> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: "WRITE" });
  try {
    const result: QueryResult = await session.executeWrite((tx) => tx.run(db.cypher.get(name).text, params), { timeout: timeoutMs });
    const updates = result.summary.counters.updates();
    return {
      rows: result.records.map((r) => r.toObject() as Record<string, unknown>),
      nodesCreated: updates.nodesCreated,
      relationshipsCreated: updates.relationshipsCreated,
    };
  } finally {
    await session.close();
  }
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
