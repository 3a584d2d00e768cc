import type { Database } from "../../db/database";
import { readVegaMovies } from "./movies-file";
import { type RejectedRow, selectRows } from "./select-rows";
import { type WriteCounts, writeFilms } from "./write-films";

export interface ImportProgress {
  start(total: number): void;
  advance(by: number): void;
  stop(): void;
}

export interface ImportSummary extends WriteCounts {
  rows: number;
  loaded: number;
  unchanged: number;
  rejected: RejectedRow[];
  rejectedByReason: Record<string, number>;
  ambiguousImdbScores: number;
  seconds: number;
}

/** Reads movies.json, rejects the bad rows with a reason, and loads the rest in batches. */
export async function importVegaMovies(
  db: Database,
  o: { rows?: unknown[]; progress?: ImportProgress; batchSize?: number } = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const rows = o.rows ?? readVegaMovies();
  const { films, rejected, ambiguousImdbScores } = selectRows(rows);
  o.progress?.start(films.length);
  let counts: WriteCounts;
  try {
    counts = await writeFilms(db, films, (n) => o.progress?.advance(n), o.batchSize);
  } finally {
    o.progress?.stop();
  }
  const rejectedByReason: Record<string, number> = {};
  for (const r of rejected) rejectedByReason[r.reason] = (rejectedByReason[r.reason] ?? 0) + 1;
  return {
    rows: rows.length,
    loaded: films.length,
    ...counts,
    unchanged: films.length - counts.created - counts.updated,
    rejected,
    rejectedByReason,
    ambiguousImdbScores,
    seconds: (performance.now() - started) / 1000,
  };
}
