import neo4j from "neo4j-driver";
import type { Database, Params } from "../db/database";
import type { StatementName } from "../db/cypher-registry";
import type { ConnectionModel } from "./models";
import { decodeSortedCursor, encodeSortedCursor, pageSize, toConnection, type CursorValue, type KeysetPosition } from "./pagination";
import { verdictThresholds } from "./verdict";
import { wholeLinks } from "./whole-links";

/** A statement that counts the list's rows (returns `count`), run only when totalCount is asked. */
export interface CountRequest {
  statement: StatementName;
  params: Params;
}

export interface SortedListRequest {
  /**
   * The page statement: params filter, sort, descending, after, limit; returns nodes: [{key, node}]
   * and, unless `count` is given, totalCount.
   */
  statement: StatementName;
  /**
   * The list a cursor belongs to (default: the statement's name). Set it when one list picks its
   * statement by sort or filter, so that a cursor stays valid across its statements.
   */
  list?: string;
  filter: Record<string, unknown>;
  field: string;
  direction: "ASC" | "DESC";
  first: number | null | undefined;
  after: string | null | undefined;
  defaultSize: number;
  /** How to count the rows when totalCount is asked; without it the page statement returns it. */
  count?: CountRequest;
  /** The properties every node of the list has: a node read without one was deleted while the page was read and is left out (wholeLinks). */
  required: readonly string[];
}

/** One page of a filtered, sorted list: one statement, keyset cursors carrying the sort order. */
export async function sortedPage<T extends { id: string }>(db: Database, request: SortedListRequest): Promise<ConnectionModel<T>> {
  const limit = pageSize(request.first, request.defaultSize);
  // The cursor names its list (by default the statement) and its sort: another list's cursor is refused.
  const sort = `${request.list ?? request.statement}:${request.field}:${request.direction}`;
  const after = decodeSortedCursor(request.after, sort);
  const [row] = await db.read(request.statement, sortedPageParams(request, after ?? null, limit + 1));
  const rows = ((row?.nodes ?? []) as { key: CursorValue; node: T }[]).filter((r) => wholeLinks([r.node as Record<string, unknown>], request.required).length > 0);
  const { count } = request;
  const totalCount = count
    ? async () => ((await db.read(count.statement, count.params))[0]?.count as number | undefined) ?? 0
    : ((row?.totalCount as number | undefined) ?? 0);
  const page = toConnection(rows, limit, totalCount, after !== undefined, (r) => encodeSortedCursor(sort, { key: r.key, id: r.node.id }));
  return { ...page, edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.node })) };
}

/**
 * The parameters of a page statement: `filter` (a map), `sort`, `descending`, `after` (null or
 * {key, id}), `limit` (rows to fetch, an integer) and the verdict thresholds. Neo4j caches a plan per
 * statement and top-level parameter types (null and a map are different plans), which is why the
 * plan warm-up (src/graphql/plan-warmup.ts) builds its parameters here too.
 */
export function sortedPageParams(
  request: Pick<SortedListRequest, "filter" | "field" | "direction">,
  after: KeysetPosition | null,
  limit: number,
): Params {
  return {
    filter: request.filter,
    sort: request.field,
    descending: request.direction === "DESC",
    after,
    limit: neo4j.int(limit),
    ...verdictThresholds(),
  };
}

/**
 * The count of a list when totalCount is asked: the label's count-store statement when no filter
 * condition is set (one db hit), else the filtered count statement.
 */
export function countOf(filter: Record<string, unknown>, all: StatementName, filtered: StatementName): CountRequest {
  return Object.values(filter).every((v) => v === null) ? { statement: all, params: {} } : { statement: filtered, params: { filter } };
}
