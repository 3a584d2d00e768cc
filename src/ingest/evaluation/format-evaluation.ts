import { CATEGORIES, type EvaluationReport } from "./evaluate-gold";

const LABELS = { mentions: "mentions", themes: "themes", aspects: "aspect polarity" } as const;
const pct = (n: number) => n.toFixed(2);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`).join("\n").replace(/\n/, (nl) => `${nl}|${widths.map((w) => "-".repeat(w + 2)).join("|")}|\n`);
}

/** The evaluation as two Markdown tables (per category, per file); with details, every miss and extra. */
export function formatEvaluation(report: EvaluationReport, details = false): string {
  const totals = table([
    ["category", "precision", "recall", "F1", "TP", "FP", "FN"],
    ...CATEGORIES.map((c) => {
      const s = report.totals[c];
      return [LABELS[c], pct(s.precision), pct(s.recall), pct(s.f1), `${s.truePositives}`, `${s.falsePositives}`, `${s.falseNegatives}`];
    }),
  ]);
  const perFile = table([
    ["gold file", ...CATEGORIES.map((c) => `${LABELS[c]} F1`)],
    ...report.files.map((f) => [f.file, ...CATEGORIES.map((c) => pct(f.scores[c].f1))]),
  ]);
  const lines = [`Evaluation over ${report.files.length} annotated reviews`, "", totals, "", perFile];
  if (details) {
    for (const f of report.files) {
      lines.push("", f.file);
      for (const c of CATEGORIES) {
        for (const m of f.missed[c]) lines.push(`  missed ${c}: ${m}`);
        for (const e of f.extra[c]) lines.push(`  extra  ${c}: ${e}`);
      }
    }
  }
  return lines.join("\n");
}
