import type { PlainValue } from "./plain-values";

export const FORMATS = ["table", "csv", "json"] as const;
export type Format = (typeof FORMATS)[number];

export interface ResultTable {
  columns: string[];
  rows: Record<string, PlainValue>[];
}

/** One cell as text: lists joined with "; ", maps as JSON, null as empty. */
export function cellText(value: PlainValue): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map((v) => (typeof v === "object" && v !== null ? JSON.stringify(v) : cellText(v))).join("; ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** RFC 4180: CRLF line ends; fields with a comma, quote, CR or LF in double quotes, quotes doubled. */
export function toCsv(table: ResultTable): string {
  const field = (text: string) => (/[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [table.columns.map(field), ...table.rows.map((row) => table.columns.map((c) => field(cellText(row[c] ?? null))))];
  return lines.map((line) => line.join(",")).join("\r\n") + "\r\n";
}

export function toJson(table: ResultTable): string {
  return `${JSON.stringify(table.rows, null, 2)}\n`;
}

/** Aligned columns for a terminal; long cells are cut at `maxWidth` characters with an ellipsis. */
export function toTable(table: ResultTable, maxWidth = 60): string {
  const cut = (text: string) => {
    const line = text.replace(/\s+/g, " ");
    return line.length > maxWidth ? `${line.slice(0, maxWidth - 1)}…` : line;
  };
  const cells = table.rows.map((row) => table.columns.map((c) => cut(cellText(row[c] ?? null))));
  const widths = table.columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const isNumeric = table.columns.map((c) => table.rows.length > 0 && table.rows.every((r) => r[c] === null || typeof r[c] === "number"));
  const line = (values: string[]) =>
    values
      .map((v, i) => (isNumeric[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const out = [line(table.columns), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)];
  out.push(`(${table.rows.length} row${table.rows.length === 1 ? "" : "s"})`);
  return `${out.join("\n")}\n`;
}

export function formatTable(table: ResultTable, format: Format): string {
  return format === "csv" ? toCsv(table) : format === "json" ? toJson(table) : toTable(table);
}
