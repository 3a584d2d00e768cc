import type { LoadResult } from "./load";

export const CONTENDERS = ["ours", "peer", "floor"] as const;
export type Contender = (typeof CONTENDERS)[number];

/** One operation and contender over the rounds: medians of req/s, p50 and p99; errors summed. */
export interface Cell {
  rounds: LoadResult[];
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  firstError?: string;
  /** Statements per request (ours: the x-cypher-statements header; peer and floor: recorded). */
  statements?: string;
  dbHits?: number;
}

export interface OperationResult {
  operation: string;
  cells: Partial<Record<Contender, Cell>>;
  /** Set when a contender could not run it (an error while recording). */
  notes: string[];
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export function cellOf(rounds: LoadResult[]): Cell {
  // A round in which no request completed has no latency: its percentiles are unknown, not 0.
  const answered = rounds.filter((r) => r.requests > 0);
  return {
    rounds,
    reqPerSec: median(rounds.map((r) => r.reqPerSec)),
    p50: median(answered.map((r) => r.p50)),
    p99: median(answered.map((r) => r.p99)),
    errors: rounds.reduce((a, r) => a + r.errors, 0),
    firstError: rounds.find((r) => r.firstError)?.firstError,
  };
}

const fmt = (n: number | undefined, digits = 1) =>
  n === undefined || Number.isNaN(n) ? "—" : n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(digits);

/** The results as a Markdown table: per operation, each contender's req/s, p50/p99 ms, errors, statements, db hits; ratios. */
export function markdownTable(results: OperationResult[], contenders: readonly Contender[]): string {
  const header = [
    "operation",
    ...contenders.map((c) => `${c} req/s`),
    ...contenders.map((c) => `${c} p50/p99 ms`),
    "errors (" + contenders.join("/") + ")",
    "statements (" + contenders.filter((c) => c !== "floor").join("/") + ")",
    "db hits (" + contenders.filter((c) => c !== "floor").join("/") + ")",
    ...(contenders.includes("peer") ? ["us/peer"] : []),
    ...(contenders.includes("floor") ? ["us/floor"] : []),
  ];
  const rows = results.map((r) => {
    const c = r.cells;
    const ratio = (other: Contender) => (c.ours && c[other] ? fmt(c.ours.reqPerSec / c[other]!.reqPerSec, 2) : "—");
    return [
      r.operation,
      ...contenders.map((k) => fmt(c[k]?.reqPerSec)),
      ...contenders.map((k) => (c[k] ? `${fmt(c[k]!.p50)} / ${fmt(c[k]!.p99)}` : "—")),
      contenders.map((k) => (c[k] ? String(c[k]!.errors) : "—")).join(" / "),
      contenders.filter((k) => k !== "floor").map((k) => c[k]?.statements ?? "—").join(" / "),
      contenders.filter((k) => k !== "floor").map((k) => (c[k]?.dbHits === undefined ? "—" : c[k]!.dbHits!.toLocaleString("en-US"))).join(" / "),
      ...(contenders.includes("peer") ? [ratio("peer")] : []),
      ...(contenders.includes("floor") ? [ratio("floor")] : []),
    ];
  });
  return [header, header.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
