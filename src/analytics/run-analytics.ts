import type { Database } from "../db/database";
import type { AnalyticsQuery } from "./analytics-files";
import type { CypherValue } from "./cypher-literal";
import type { ResultTable } from "./formats";
import { toPlain } from "./plain-values";

/** Runs an analytics query in a read transaction (routed to a reader in a cluster) with its parameters. */
export async function runAnalytics(
  db: Database,
  query: AnalyticsQuery,
  params: Record<string, CypherValue> = query.params,
): Promise<ResultTable> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: "READ" });
  try {
    const { keys, records } = await session.executeRead(async (tx) => {
      const result = tx.run(query.text, params);
      return { keys: await result.keys(), records: (await result).records };
      // Analytics scan the whole graph: they get the long (write) timeout, not the request one.
    }, { timeout: db.timeouts.writeMs });
    const columns = keys.map(String);
    const rows = records.map((record) => Object.fromEntries(columns.map((c) => [c, toPlain(record.get(c))])));
    return { columns, rows };
  } finally {
    await session.close();
  }
}
