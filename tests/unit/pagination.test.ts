import { GraphQLError } from "graphql";
import {
  decodeCursor,
  decodeSortedCursor,
  encodeCursor,
  encodeSortedCursor,
  MAX_PAGE_SIZE,
  pageSize,
  toConnection,
} from "../../src/graphql/pagination";

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions.code;
  }
  throw new Error("expected a GraphQLError");
}

describe("pageSize", () => {
  it("accepts 0 to MAX_PAGE_SIZE", () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(pageSize(0, 20)).toBe(0);
    expect(pageSize(1, 20)).toBe(1);
    expect(pageSize(100, 20)).toBe(100);
  });

  it("falls back when first is absent", () => {
    expect(pageSize(null, 20)).toBe(20);
    expect(pageSize(undefined, 7)).toBe(7);
  });

  it.each([101, -1, 2.5, Number.NaN])("rejects %p as BAD_USER_INPUT", (first) => {
    expect(codeOf(() => pageSize(first, 20))).toBe("BAD_USER_INPUT");
  });
});

describe("cursors", () => {
  it("round-trip the keyset values", () => {
    const values = ["Sound of Metal", 2019, "sound-of-metal-2019"];
    const cursor = encodeCursor(values);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 3)).toEqual(values);
  });

  it("carry null for a row without the sort key, and refuse a changed null", () => {
    const cursor = encodeCursor(["films:YEAR:ASC", null, "a-film-undated"]);
    expect(decodeCursor(cursor, 3)).toEqual(["films:YEAR:ASC", null, "a-film-undated"]);
    const forged = Buffer.from(
      JSON.stringify({ v: ["films:YEAR:ASC", 1999, "a-film-undated"], c: JSON.parse(Buffer.from(cursor, "base64url").toString()).c }),
    ).toString("base64url");
    expect(codeOf(() => decodeCursor(forged, 3))).toBe("BAD_USER_INPUT");
  });

  it("decode to undefined when there is no cursor", () => {
    expect(decodeCursor(null, 2)).toBeUndefined();
    expect(decodeCursor(undefined, 2)).toBeUndefined();
  });

  it("reject garbage as BAD_USER_INPUT", () => {
    expect(codeOf(() => decodeCursor("not a cursor!", 1))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => decodeCursor("", 1))).toBe("BAD_USER_INPUT");
    const notAnArray = Buffer.from(JSON.stringify({ a: 1 })).toString("base64url");
    expect(codeOf(() => decodeCursor(notAnArray, 1))).toBe("BAD_USER_INPUT");
    const wrongTypes = Buffer.from(JSON.stringify([true, null])).toString("base64url");
    expect(codeOf(() => decodeCursor(wrongTypes, 2))).toBe("BAD_USER_INPUT");
  });

  it("reject a cursor whose values were changed (tampered) as BAD_USER_INPUT", () => {
    const cursor = encodeCursor(["TITLE:ASC", "m", "m-2001"]);
    const decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { v: unknown[]; c: string };
    const tampered = Buffer.from(JSON.stringify({ v: ["TITLE:ASC", "zzzz", "m-2001"], c: decoded.c })).toString("base64url");
    expect(codeOf(() => decodeCursor(tampered, 3))).toBe("BAD_USER_INPUT");
    const bareValues = Buffer.from(JSON.stringify(["TITLE:ASC", "zzzz", "m-2001"])).toString("base64url");
    expect(codeOf(() => decodeCursor(bareValues, 3))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => decodeCursor(`${cursor.slice(0, -2)}xy`, 3))).toBe("BAD_USER_INPUT");
  });

  it("reject a cursor of the wrong arity as BAD_USER_INPUT", () => {
    const cursor = encodeCursor(["a", 1]);
    expect(codeOf(() => decodeCursor(cursor, 3))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => decodeCursor(cursor, 1))).toBe("BAD_USER_INPUT");
  });
});

describe("toConnection", () => {
  const cursorOf = (n: { id: string }) => `c-${n.id}`;
  const rows = (...ids: string[]) => ids.map((id) => ({ id }));

  it("uses the extra row only to say there is a next page", () => {
    const page = toConnection(rows("a", "b", "c"), 2, 10, false, cursorOf);
    expect(page.totalCount).toBe(10);
    expect(page.edges).toEqual([
      { cursor: "c-a", node: { id: "a" } },
      { cursor: "c-b", node: { id: "b" } },
    ]);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: "c-a",
      endCursor: "c-b",
    });
  });

  it("has no next page when no more than limit rows came back", () => {
    const page = toConnection(rows("a", "b"), 2, 2, true, cursorOf);
    expect(page.edges.map((e) => e.node.id)).toEqual(["a", "b"]);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.pageInfo.hasPreviousPage).toBe(true);
    expect(page.pageInfo.endCursor).toBe("c-b");
  });

  it("gives null cursors for an empty page", () => {
    const page = toConnection(rows(), 5, 0, false, cursorOf);
    expect(page.edges).toEqual([]);
    expect(page.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });

  it("is empty with a next page when limit is 0 and rows exist", () => {
    const page = toConnection(rows("a"), 0, 1, false, cursorOf);
    expect(page.edges).toEqual([]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.startCursor).toBeNull();
  });
});

describe("sorted cursors", () => {
  it("round-trip the sort key and the id for the same sort", () => {
    const cursor = encodeSortedCursor("YEAR:DESC", { key: 2019, id: "sound-of-metal-2019" });
    expect(decodeSortedCursor(cursor, "YEAR:DESC")).toEqual({ key: 2019, id: "sound-of-metal-2019" });
    expect(decodeSortedCursor(null, "YEAR:DESC")).toBeUndefined();
  });

  it("refuse a cursor of another sort field or direction as BAD_USER_INPUT", () => {
    const cursor = encodeSortedCursor("YEAR:DESC", { key: 2019, id: "x" });
    expect(codeOf(() => decodeSortedCursor(cursor, "YEAR:ASC"))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => decodeSortedCursor(cursor, "TITLE:DESC"))).toBe("BAD_USER_INPUT");
  });

  it("refuse a cursor of another list with the same sort (people's NAME:ASC given to themes) as BAD_USER_INPUT", () => {
    const people = encodeSortedCursor("peopleList:NAME:ASC", { key: "riz-ahmed", id: "riz-ahmed" });
    expect(decodeSortedCursor(people, "peopleList:NAME:ASC")).toEqual({ key: "riz-ahmed", id: "riz-ahmed" });
    expect(codeOf(() => decodeSortedCursor(people, "themesList:NAME:ASC"))).toBe("BAD_USER_INPUT");
  });

  it("refuse an unsorted cursor (the keyset of another list) as BAD_USER_INPUT", () => {
    expect(codeOf(() => decodeSortedCursor(encodeCursor(["2024-01-01", "x"]), "TITLE:ASC"))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => decodeSortedCursor(encodeCursor(["TITLE:ASC", "a", 5]), "TITLE:ASC"))).toBe("BAD_USER_INPUT");
  });
});
