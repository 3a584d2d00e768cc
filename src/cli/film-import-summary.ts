import type { FilmFileSummary } from "../importers/film-file/import-film-file";

/** The summary of `import films` for people: the figures, then each rejected film with its reason. */
export function formatFilmImportSummary(s: FilmFileSummary, file: string): string {
  const lines = [
    `Read ${s.rows} films from ${file} in ${s.seconds.toFixed(1)} s: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.rejected.length} rejected.`,
  ];
  if (s.rows > 0 && s.created + s.updated === 0 && s.rejected.length === 0) lines.push("Nothing changed: every film was already in the graph as given.");
  if (s.rejected.length) {
    lines.push("Rejected (nothing written for these):");
    for (const r of s.rejected) {
      const where = r.line === null ? `row ${r.row}` : `row ${r.row} (line ${r.line})`;
      lines.push(`  ${where}${r.title ? ` ${JSON.stringify(r.title)}` : ""}: ${r.reason}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
