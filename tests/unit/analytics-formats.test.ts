import { cellText, formatTable, toCsv, toJson, toTable } from "../../src/analytics/formats";

const table = {
  columns: ["film", "score", "themes"],
  rows: [
    { film: 'Sound of Metal, "the" film', score: 0.72, themes: ["deafness", "identity"] },
    { film: "Line\nbreak", score: null, themes: [] },
  ],
};

it("writes CSV by RFC 4180: CRLF, quoted fields with commas, quotes and line breaks", () => {
  expect(toCsv(table)).toBe(
    'film,score,themes\r\n"Sound of Metal, ""the"" film",0.72,deafness; identity\r\n"Line\nbreak",,\r\n',
  );
});

it("writes JSON rows", () => {
  expect(JSON.parse(toJson(table))).toEqual(table.rows);
});

it("aligns a table, numbers to the right, with a row count", () => {
  const text = toTable({ columns: ["name", "n"], rows: [{ name: "a", n: 5 }, { name: "longer", n: 123 }] });
  expect(text).toBe(["name      n", "------  ---", "a         5", "longer  123", "(2 rows)", ""].join("\n"));
  expect(toTable({ columns: ["x"], rows: [{ x: "y".repeat(100) }] }, 10).split("\n")[2]).toBe(`${"y".repeat(9)}…`);
  expect(formatTable({ columns: [], rows: [] }, "table")).toContain("(0 rows)");
});

it("turns lists and maps into cell text", () => {
  expect(cellText([{ aspect: "pacing" }, "x"])).toBe('{"aspect":"pacing"}; x');
  expect(cellText({ a: 1 })).toBe('{"a":1}');
  expect(cellText(null)).toBe("");
});
