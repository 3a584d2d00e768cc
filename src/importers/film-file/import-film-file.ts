import type { Database } from "../../db/database";
import type { Progress } from "../../cli/progress";
import { InvalidInputError } from "../../ingest/input-errors";
import { type FilmWriteOutcome, writeFilmWithOutcome } from "../../ingest/write-film";
import type { FilmFileRow } from "./film-file-rows";

/** A film of the file that was not written, with the one-sentence reason. */
export interface RejectedFilm {
  row: number;
  line: number | null;
  /** The title as the row gives it, when it gives one. */
  title: string | null;
  reason: string;
}

export interface FilmFileSummary {
  /** Films in the file (rows, lines or records). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: RejectedFilm[];
  seconds: number;
}

/**
 * Writes a film file's films one by one, each through upsertFilm's write path (its validation, one
 * write transaction per film): a rejected film (bad shape, a value upsertFilm refuses, an outside id
 * another film holds) is counted with its reason and writes nothing, and the others go on. Errors
 * that are not about the film (the database gone) stop the import; the films written so far stay.
 */
export async function importFilmRows(db: Database, rows: FilmFileRow[], progress?: Progress): Promise<FilmFileSummary> {
  const started = performance.now();
  const counts: Record<FilmWriteOutcome, number> = { created: 0, updated: 0, unchanged: 0 };
  const rejected: RejectedFilm[] = [];
  progress?.start(rows.length);
  try {
    for (const row of rows) {
      const { title } = row;
      let said: string;
      if (row.problem !== undefined) {
        rejected.push({ row: row.row, line: row.line, title, reason: row.problem });
        said = "rejected";
      } else {
        try {
          const { outcome } = await writeFilmWithOutcome(db, row.input);
          counts[outcome] += 1;
          said = outcome;
        } catch (error) {
          if (!(error instanceof InvalidInputError)) throw error;
          rejected.push({ row: row.row, line: row.line, title, reason: error.message.replace(/(^|; )input\./g, "$1") });
          said = "rejected";
        }
      }
      progress?.advance(1, `row ${row.row} ${said}${title ? ` (${title})` : ""}`);
    }
  } finally {
    progress?.stop();
  }
  return { rows: rows.length, ...counts, rejected, seconds: (performance.now() - started) / 1000 };
}
