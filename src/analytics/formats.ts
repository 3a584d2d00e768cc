import type { PlainValue } from "./plain-values";
import { displayWidth, isolateBidi, truncateToWidth } from "./text-width";

export const FORMATS = ["table", "csv", "json"] as const;
export type Format = (typeof FORMATS)[number];

export interface ResultTable {
  columns: string[];
  rows: Record<string, PlainValue>[];
}

/** A list or map as one line of JSON, 64-bit integers with their exact digits. */
function jsonText(value: PlainValue): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? `${BIGINT_MARK}${v}` : v)).replace(/"\\u0000bigint:(-?\d+)"/g, "$1");
}

/** One cell as text: lists joined with "; ", maps as JSON, null as empty, integers with every digit. */
export function cellText(value: PlainValue): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" && v !== null ? jsonText(v) : cellText(v))).join("; ");
  if (typeof value === "object") return jsonText(value);
  return String(value);
}

/** RFC 4180: CRLF line ends; fields with a comma, quote, CR or LF in double quotes, quotes doubled. */
export function toCsv(table: ResultTable): string {
  const field = (text: string) => (/[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [table.columns.map(field), ...table.rows.map((row) => table.columns.map((c) => field(cellText(row[c] ?? null))))];
  return lines.map((line) => line.join(",")).join("\r\n") + "\r\n";
}

/** A marker JSON.stringify cannot produce from text (a NUL), replaced by the integer's digits afterwards. */
const BIGINT_MARK = "\u0000bigint:";

/** JSON with 64-bit integers written as their exact digits (JSON numbers have no size limit, RFC 8259 §6). */
export function toJson(table: ResultTable): string {
  const json = JSON.stringify(table.rows, (_key, value: unknown) => (typeof value === "bigint" ? `${BIGINT_MARK}${value}` : value), 2);
  return `${json.replace(/"\\u0000bigint:(-?\d+)"/g, "$1")}\n`;
}

/**
 * Aligned columns for a terminal; long cells are cut at `maxWidth` columns with an ellipsis. Widths
 * are terminal columns of whole graphemes (emoji and wide characters take two, combining marks
 * none, see ./text-width), and right-to-left cells are bidi-isolated so columns stay in place.
 */
export function toTable(table: ResultTable, maxWidth = 60): string {
  const cut = (text: string) => truncateToWidth(text.replace(/\s+/g, " "), maxWidth);
  const cells = table.rows.map((row) => table.columns.map((c) => cut(cellText(row[c] ?? null))));
  const widths = table.columns.map((c, i) => Math.max(displayWidth(c), ...cells.map((row) => displayWidth(row[i]!))));
  const isNumeric = table.columns.map(
    (c) => table.rows.length > 0 && table.rows.every((r) => r[c] === null || typeof r[c] === "number" || typeof r[c] === "bigint"),
  );
  const pad = (v: string, i: number) => {
    const room = " ".repeat(Math.max(0, widths[i]! - displayWidth(v)));
    return isNumeric[i] ? room + v : isolateBidi(v) + room;
  };
  const line = (values: string[]) => values.map(pad).join("  ").trimEnd();
  const out = [line(table.columns), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)];
  out.push(`(${table.rows.length} row${table.rows.length === 1 ? "" : "s"})`);
  return `${out.join("\n")}\n`;
}

export function formatTable(table: ResultTable, format: Format): string {
  return format === "csv" ? toCsv(table) : format === "json" ? toJson(table) : toTable(table);
}
