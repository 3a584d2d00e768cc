import type { ImportSummary } from "../importers/vega-movies/import-vega-movies";

/** The summary of an import for people: figures first, then rejections by reason (every row on request). */
export function formatImportSummary(s: ImportSummary, listRejected: boolean): string {
  const lines = [
    `Read ${s.rows} rows of vega-datasets movies.json in ${s.seconds.toFixed(1)} s.`,
    `Loaded ${s.loaded} films: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged; ${s.newLinks} new director/genre links.`,
    `Rejected ${s.rejected.length} rows${s.rejected.length ? ":" : "."}`,
    ...Object.entries(s.rejectedByReason)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([reason, count]) => `  ${String(count).padStart(5)}  ${reason}`),
  ];
  if (s.ambiguousImdbScores) {
    lines.push(`Kept ${s.ambiguousImdbScores} films without IMDb scores: same-titled films carry identical ones.`);
  }
  if (listRejected) {
    lines.push("", "Rejected rows:");
    for (const r of s.rejected) lines.push(`  row ${r.row}  ${JSON.stringify(r.title)}  ${r.reason}: ${r.detail}`);
  } else if (s.rejected.length) {
    lines.push("(--rejected lists every rejected row with its reason)");
  }
  return `${lines.join("\n")}\n`;
}
