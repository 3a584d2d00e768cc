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
 * Keeps one batch in flight while the next is read: `submit` waits for the previous batch, then
 * starts this one. A failure surfaces at the next `submit` or at `drain`.
 */
export class OneAhead {
  private pending: Promise<void> = Promise.resolve();

  async submit(job: () => Promise<void>): Promise<void> {
    await this.pending;
    this.pending = job();
    this.pending.catch(() => {}); // observed by the next submit or drain
  }

  async drain(): Promise<void> {
    await this.pending;
  }
}
