import { CATEGORIES, type EvaluationReport } from "./evaluate-gold";
import { FAILURE_KINDS, failureKinds } from "./failure-kinds";
import type { RatedReviewVerdict } from "./rated-reviews";

const LABELS = { mentions: "mentions", themes: "themes", themesByMeaning: "themes (by meaning)", aspects: "aspect polarity" } as const;
const pct = (n: number) => n.toFixed(2);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`).join("\n").replace(/\n/, (nl) => `${nl}|${widths.map((w) => "-".repeat(w + 2)).join("|")}|\n`);
}

const VERDICTS = ["POSITIVE", "NEUTRAL", "NEGATIVE"] as const;

/**
 * The review verdict of the text analysis against the annotated one (a confusion table, rows =
 * gold), the share of favourable reviews whose text reads POSITIVE (from the rating the text states, if
 * any) and whose words alone do, and, for reviews whose gold has a rating, how often the words' verdict
 * agrees with the rating's.
 */
function verdicts(report: EvaluationReport): string {
  const rows = VERDICTS.map((gold) => [
    `gold ${gold}`,
    ...[...VERDICTS, null].map((found) => `${report.files.filter((f) => f.verdict.gold === gold && f.verdict.found === found).length}`),
  ]);
  const favourable = report.files.filter((f) => f.verdict.gold === "POSITIVE");
  const stored = favourable.filter((f) => f.verdict.found === "POSITIVE").length;
  const rated = report.files.filter((f) => f.verdict.rating !== null);
  const agree = rated.filter((f) => f.verdict.rating === f.verdict.words).length;
  const byWords = favourable.filter((f) => f.verdict.words === "POSITIVE").length;
  return [
    table([["review verdict", ...VERDICTS.map((v) => `text ${v}`), "text none"], ...rows]),
    "",
    `favourable reviews whose text reads POSITIVE: ${stored}/${favourable.length}` +
      (favourable.length ? ` (${pct(stored / favourable.length)})` : "") +
      `; by their words alone (without a rating the text states): ${byWords}/${favourable.length}` +
      (rated.length ? `; the words' verdict agrees with the rating on ${agree}/${rated.length} rated reviews (${pct(agree / rated.length)})` : ""),
  ].join("\n");
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
  const kinds = FAILURE_KINDS.map((k) => [k, `${report.files.reduce((n, f) => n + failureKinds(f)[k], 0)}`]);
  const lines = [`Evaluation over ${report.files.length} annotated reviews`, "", totals, "", table([["failure kind", "count"], ...kinds]), "", verdicts(report), "", perFile];
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

/**
 * Rated reviews (evaluateRatedReviews) as a confusion table of the critic's verdict (rows, from the
 * rating) against the text's, then the share of favourable reviews whose text reads POSITIVE, of
 * unfavourable ones whose text reads NEGATIVE, the overall agreement, and the ratings that could
 * not be read (counted in nothing).
 */
export function formatRatedReviews(reviews: RatedReviewVerdict[]): string {
  const read = reviews.filter((r) => r.critic !== null);
  const rows = VERDICTS.map((critic) => [
    `rating ${critic}`,
    ...[...VERDICTS, null].map((text) => `${read.filter((r) => r.critic === critic && r.text === text).length}`),
  ]);
  const share = (critic: string) => {
    const of = read.filter((r) => r.critic === critic);
    const agree = of.filter((r) => r.text === critic).length;
    return `${agree}/${of.length}${of.length ? ` (${pct(agree / of.length)})` : ""}`;
  };
  const agree = read.filter((r) => r.critic === r.text).length;
  const unread = reviews.filter((r) => r.critic === null);
  return [
    `Text verdict against the critic's rating over ${reviews.length} rated reviews`,
    "",
    table([["critic's verdict", ...VERDICTS.map((v) => `text ${v}`), "text none"], ...rows]),
    "",
    `favourable reviews whose text reads POSITIVE: ${share("POSITIVE")}; unfavourable reviews whose text reads NEGATIVE: ${share("NEGATIVE")}; ` +
      `agreement: ${agree}/${read.length}${read.length ? ` (${pct(agree / read.length)})` : ""}`,
    ...(unread.length ? ["", `ratings without a readable scale (not counted): ${unread.map((r) => `${r.file} "${r.rating}"`).join(", ")}`] : []),
  ].join("\n");
}
