import type { ImdbImportSummary } from "../importers/imdb/import-imdb";

const n = (x: number) => x.toLocaleString("en-US");

/** The summary of an IMDb import for people: per file rows, loaded, rejected and skipped by reason. */
export function formatImdbImportSummary(s: ImdbImportSummary, listRejected: boolean): string {
  const lines = [
    `${s.interrupted ? "Interrupted after" : "Read"} ${n(s.rows)} rows in ${s.seconds.toFixed(1)} s (${n(Math.round(s.rowsPerSecond))} rows/s); loaded ${n(s.loaded)}, rejected ${n(s.rejectedCount)}.`,
    `Graph: ${n(s.nodesCreated)} nodes and ${n(s.relationshipsCreated)} relationships created; ` +
      `${n(s.changed.films)} films, ${n(s.changed.people)} people and ${n(s.changed.ratings)} ratings changed.`,
  ];
  for (const f of s.files) {
    lines.push(`${f.file}: ${n(f.rows)} rows, ${n(f.loaded)} loaded in ${f.seconds.toFixed(1)} s${f.resumedAfterLine ? ` (resumed after line ${n(f.resumedAfterLine)})` : ""}`);
    const reasons = (label: string, counts: Record<string, number | undefined>) =>
      Object.entries(counts)
        .sort(([a, x], [b, y]) => (y ?? 0) - (x ?? 0) || a.localeCompare(b))
        .forEach(([reason, count]) => lines.push(`  ${String(n(count ?? 0)).padStart(9)}  ${label} ${reason}`));
    reasons("rejected:", f.rejected);
    reasons("skipped: ", f.skipped);
  }
  if (s.interrupted) lines.push("Run the same command again to resume after the last committed batch.");
  if (listRejected && s.rejected.length) {
    lines.push("", "Rejected rows:");
    for (const r of s.rejected) lines.push(`  ${r.file} line ${r.line}  ${r.reason}: ${r.detail}`);
    if (s.rejectedCount > s.rejected.length) lines.push(`  ... and ${n(s.rejectedCount - s.rejected.length)} more`);
  } else if (s.rejected.length) {
    lines.push("(--rejected lists the rejected rows with their reasons)");
  }
  return `${lines.join("\n")}\n`;
}
