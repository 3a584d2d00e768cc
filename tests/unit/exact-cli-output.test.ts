import neo4j from "neo4j-driver";
import { toCsv, toJson, toTable } from "../../src/analytics/formats";
import { toPlain } from "../../src/analytics/plain-values";
import { displayWidth, graphemes, truncateToWidth } from "../../src/analytics/text-width";

// Issue 9, items 14 and 6: every value the CLI prints is exact (64-bit integers never pass through
// a JavaScript number), and its table measures text in terminal columns of whole graphemes.

const big = 9007199254740993n; // 2^53 + 1: a number would print 9007199254740992
const max = 9223372036854775807n; // Neo4j's largest integer

describe("64-bit integers", () => {
  it("stay exact from the driver (BigInt or Integer) to plain values", () => {
    expect(toPlain(big)).toBe(big);
    expect(toPlain(neo4j.int("9223372036854775807"))).toBe(max);
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain([1n, { n: -big }])).toEqual([1, { n: -big }]);
  });

  it("print every digit in JSON, CSV and the table", () => {
    const table = { columns: ["id", "count"], rows: [{ id: "a", count: toPlain(max) }, { id: "b", count: toPlain([big]) }] };
    expect(toJson(table)).toContain('"count": 9223372036854775807');
    expect(toJson(table)).toContain("9007199254740993");
    expect(JSON.parse(toJson({ columns: ["n"], rows: [{ n: 7n }] }))).toEqual([{ n: 7 }]);
    expect(toCsv(table)).toBe("id,count\r\na,9223372036854775807\r\nb,9007199254740993\r\n");
    expect(toTable(table)).toContain("9223372036854775807");
    expect(toTable(table)).toContain("9007199254740993");
  });
});

describe("text widths", () => {
  it("counts graphemes, not code units: emoji, combining marks, right-to-left letters", () => {
    expect(graphemes("e\u0301🌞👨‍👩‍👧")).toEqual(["e\u0301", "🌞", "👨‍👩‍👧"]);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("🌞")).toBe(2);
    expect(displayWidth("سَلْمَى")).toBe(4);
    expect(displayWidth("日本")).toBe(4);
  });

  it("cuts long cells between graphemes, never inside a surrogate pair or before a mark", () => {
    const cut = truncateToWidth("🌞".repeat(10), 7);
    expect(cut).toBe("🌞🌞🌞…");
    expect(Buffer.from(cut, "utf8").toString("utf8")).toBe(cut);
    expect(truncateToWidth("e\u0301".repeat(10), 4)).toBe("e\u0301e\u0301e\u0301…");
  });

  it("aligns columns by terminal width and isolates right-to-left cells", () => {
    const text = toTable({ columns: ["name", "n"], rows: [{ name: "Summer 🌞", n: 1 }, { name: "Ame\u0301lie", n: 22 }, { name: "سَلْمَى", n: 3 }] });
    const lines = text.split("\n");
    // The numbers are right-aligned: every row ends at the same terminal column.
    expect(lines.slice(2, 5).map(displayWidth)).toEqual([13, 13, 13]);
    expect(lines[4]).toContain("\u2068سَلْمَى\u2069");
  });
});
