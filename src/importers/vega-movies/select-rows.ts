import { filmId } from "../../graph/ids";
import { type RejectionReason, type VegaFilm, validateRow } from "./validate-row";

export interface RejectedRow {
  /** 1-based position of the row in movies.json. */
  row: number;
  title: string | null;
  reason: RejectionReason;
  detail: string;
}

export interface Selection {
  films: (VegaFilm & { id: string })[];
  rejected: RejectedRow[];
  /** Films kept without IMDb scores because a same-titled film carries the very same ones. */
  ambiguousImdbScores: number;
}

const titleOf = (raw: unknown): string | null => {
  const title = (raw as { Title?: unknown } | null)?.Title;
  return title == null ? null : String(title);
};

/**
 * Validates every row, keeps the first of rows that name the same film (same title and year, the
 * film's id) and rejects the later ones as duplicates. Remakes in the file (King Kong 1976 and
 * 2005) share one IMDb rating and vote count, joined by title alone: those scores cannot be told
 * apart, so they are dropped for every film of such a group.
 */
export function selectRows(rows: unknown[]): Selection {
  const films: Selection["films"] = [];
  const rejected: RejectedRow[] = [];
  const firstRow = new Map<string, number>();
  rows.forEach((raw, index) => {
    const verdict = validateRow(raw);
    if (!verdict.ok) {
      rejected.push({ row: index + 1, title: titleOf(raw), reason: verdict.reason, detail: verdict.detail });
      return;
    }
    const id = filmId(verdict.film.title, verdict.film.year);
    const first = firstRow.get(id);
    if (first !== undefined) {
      rejected.push({ row: index + 1, title: verdict.film.title, reason: "duplicate", detail: `same title and year as row ${first}` });
      return;
    }
    firstRow.set(id, index + 1);
    films.push({ ...verdict.film, id });
  });

  const byTitle = new Map<string, Selection["films"]>();
  for (const film of films) {
    const key = film.title.toLowerCase();
    byTitle.set(key, [...(byTitle.get(key) ?? []), film]);
  }
  let ambiguousImdbScores = 0;
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    const scores = (f: VegaFilm) => `${f.imdbRating}/${f.imdbVotes}`;
    const shared = group.filter(
      (film) => film.imdbVotes !== null && group.some((other) => other !== film && scores(other) === scores(film)),
    );
    for (const film of shared) {
      film.imdbRating = null;
      film.imdbVotes = null;
    }
    ambiguousImdbScores += shared.length;
  }
  return { films, rejected, ambiguousImdbScores };
}
