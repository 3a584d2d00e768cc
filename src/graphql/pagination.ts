import { badUserInput } from "./errors";
import type { ConnectionModel } from "./models";

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback: number): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

/** Cursors are opaque: the keyset values of the last row, as base64url JSON. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === "string" || typeof v === "number")
    ) {
      return values as (string | number)[];
    }
  } catch {
    // falls through to the error below
  }
  throw badUserInput(`after is not a cursor this list returned: ${cursor}`);
}

/** A page from `limit + 1` fetched rows: the extra row only says that there is a next page. */
export function toConnection<T>(
  rows: T[],
  limit: number,
  totalCount: number,
  hasPrevious: boolean,
  cursorOf: (node: T) => string,
): ConnectionModel<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
