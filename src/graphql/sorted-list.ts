import neo4j from "neo4j-driver";
import type { Database } from "../db/database";
import type { StatementName } from "../db/cypher-registry";
import type { ConnectionModel } from "./models";
import { decodeSortedCursor, encodeSortedCursor, pageSize, toConnection } from "./pagination";
import { NEGATIVE_BELOW, NEGATIVE_SCORE_TO, POSITIVE_ABOVE, POSITIVE_SCORE_FROM } from "./verdict";

export interface SortedListRequest {
  /** A *-list.cypher statement: params filter, sort, descending, after, limit; returns totalCount, nodes: [{key, node}]. */
  statement: StatementName;
  filter: Record<string, unknown>;
  field: string;
  direction: "ASC" | "DESC";
  first: number | null | undefined;
  after: string | null | undefined;
  defaultSize: number;
}

/** One page of a filtered, sorted list: one statement, keyset cursors carrying the sort order. */
export async function sortedPage<T extends { id: string }>(db: Database, request: SortedListRequest): Promise<ConnectionModel<T>> {
  const limit = pageSize(request.first, request.defaultSize);
  // The cursor names its list (the statement) and its sort: another list's cursor is refused.
  const sort = `${request.statement}:${request.field}:${request.direction}`;
  const after = decodeSortedCursor(request.after, sort);
  const [row] = await db.read(request.statement, {
    filter: request.filter,
    sort: request.field,
    descending: request.direction === "DESC",
    after: after ?? null,
    limit: neo4j.int(limit + 1),
    positiveAbove: POSITIVE_ABOVE,
    negativeBelow: NEGATIVE_BELOW,
    positiveScoreFrom: neo4j.int(POSITIVE_SCORE_FROM),
    negativeScoreTo: neo4j.int(NEGATIVE_SCORE_TO),
  });
  const rows = (row?.nodes ?? []) as { key: string | number; node: T }[];
  const page = toConnection(rows, limit, (row?.totalCount as number) ?? 0, after !== undefined, (r) =>
    encodeSortedCursor(sort, { key: r.key, id: r.node.id }),
  );
  return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.node })) };
}
