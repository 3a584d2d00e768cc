import { createHash } from "node:crypto";
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

/** A keyset value in a cursor: null for a row without the sort key (it sorts lowest). */
export type CursorValue = string | number | null;

/** A check of a cursor's values (SHA-256, 12 base64url characters): a cursor changed by hand fails it. */
const checkOf = (values: CursorValue[]) => createHash("sha256").update(JSON.stringify(values)).digest("base64url").slice(0, 12);

/**
 * Cursors are opaque: the keyset values of the last row and their check, as base64url JSON
 * (`{"v": [...], "c": "<check>"}`).
 */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify({ v: values, c: checkOf(values) })).toString("base64url");
}

/**
 * The keyset values of a cursor this service made; undefined without a cursor. Garbage, a cursor
 * of another arity and a cursor whose values were changed (the check fails) are BAD_USER_INPUT.
 */
export function decodeCursor(cursor: string | null | undefined, arity: number): CursorValue[] | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const { v: values, c: check } = (parsed ?? {}) as { v?: unknown; c?: unknown };
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v))) &&
      check === checkOf(values as CursorValue[]) &&
      Buffer.from(cursor, "base64url").toString("base64url") === cursor
    ) {
      return values as CursorValue[];
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
  totalCount: ConnectionModel<T>["totalCount"],
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

/**
 * The position after which a sorted page starts: the sort key of the last row (null for a row
 * without the key, which sorts lowest) and its id.
 */
export interface KeysetPosition {
  key: CursorValue;
  id: string;
}

/**
 * Cursors of sorted lists carry the list and the sort they were made for (`themesList:NAME:ASC`),
 * the row's sort key and its id; a cursor of another list or sort order cannot say where to
 * continue, so it is refused (BAD_USER_INPUT).
 */
export function encodeSortedCursor(sort: string, position: KeysetPosition): string {
  return encodeCursor([sort, position.key, position.id]);
}

export function decodeSortedCursor(cursor: string | null | undefined, sort: string): KeysetPosition | undefined {
  const values = decodeCursor(cursor, 3);
  if (!values) return undefined;
  const [cursorSort, key, id] = values;
  if (cursorSort !== sort || typeof id !== "string" || key === undefined) {
    throw badUserInput(`after is a cursor of another list or sort order (${String(cursorSort)}), not of ${sort}`);
  }
  return { key, id };
}
