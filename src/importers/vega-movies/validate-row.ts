import { z } from "zod";

/**
 * The rules a row of movies.json must pass (README: Importing the vega movies).
 * - The data set was compiled in 2010 with releases announced up to 2011; its later years
 *   (2015-2046: Gone with the Wind in 2039, Intolerance in 2016) are century errors, and nothing
 *   in it predates 1900. A release year outside 1900-2011 is impossible.
 * - Running time: a positive whole number of minutes, at most 600.
 * - Rotten Tomatoes 0-100, IMDb 1-10, IMDb votes a non-negative whole number.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2011;
export const MAX_RUNTIME_MINUTES = 600;

export type RejectionReason =
  | "missing title"
  | "unparseable release date"
  | "impossible release date"
  | "implausible running time"
  | "rating out of range"
  | "duplicate";

export interface VegaFilm {
  title: string;
  year: number;
  releaseDate: string;
  runtimeMinutes: number | null;
  rottenTomatoesRating: number | null;
  imdbRating: number | null;
  imdbVotes: number | null;
  mpaaRating: string | null;
  distributor: string | null;
  director: string | null;
  genre: string | null;
}

export type RowVerdict = { ok: true; film: VegaFilm } | { ok: false; reason: RejectionReason; detail: string };

const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v == null ? null : String(v).replace(/\s+/g, " ").trim() || null));
const number = z.number().finite().nullish().transform((v) => v ?? null);

const rowSchema = z.object({
  Title: text,
  "Release Date": z.string().nullish(),
  "Running Time min": number,
  "Rotten Tomatoes Rating": number,
  "IMDB Rating": number,
  "IMDB Votes": number,
  "MPAA Rating": text,
  Distributor: text,
  Director: text,
  "Major Genre": text,
});

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "Jun 12 1998" (the file's format) or an ISO date -> "1998-06-12"; null when it is no calendar date. */
export function parseReleaseDate(value: string): { iso: string; year: number } | null {
  const v = value.trim();
  let year: number, month: number, day: number;
  const named = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(v);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (named) {
    month = MONTHS.indexOf(named[1]!.toLowerCase()) + 1;
    day = Number(named[2]);
    year = Number(named[3]);
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { iso: date.toISOString().slice(0, 10), year };
}

/** "Charge of the Light Brigade, The" -> "The Charge of the Light Brigade" (a library-catalog inversion). */
export function uninvertTitle(title: string): string {
  const m = /^(.+), (The|A|An)$/.exec(title);
  return m ? `${m[2]} ${m[1]}` : title;
}

const reject = (reason: RejectionReason, detail: string): RowVerdict => ({ ok: false, reason, detail });

/** One row on its own (duplicates are found across rows by `selectRows`). */
export function validateRow(raw: unknown): RowVerdict {
  const parsed = rowSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? "row");
    if (field === "Title") return reject("missing title", `Title is not text: ${issue.message}`);
    if (field === "Release Date") return reject("unparseable release date", `Release Date: ${issue.message}`);
    if (field === "Running Time min") return reject("implausible running time", `Running Time min: ${issue.message}`);
    return reject("rating out of range", `${field}: ${issue.message}`);
  }
  const row = parsed.data;
  if (!row.Title) return reject("missing title", "no title");
  const releaseText = row["Release Date"];
  const release = releaseText ? parseReleaseDate(releaseText) : null;
  if (!release) return reject("unparseable release date", `Release Date ${JSON.stringify(releaseText ?? null)}`);
  if (release.year < EARLIEST_YEAR || release.year > LATEST_YEAR) {
    return reject("impossible release date", `released ${release.iso}, outside ${EARLIEST_YEAR}-${LATEST_YEAR}`);
  }
  const runtime = row["Running Time min"];
  if (runtime !== null && (!Number.isInteger(runtime) || runtime <= 0 || runtime > MAX_RUNTIME_MINUTES)) {
    return reject("implausible running time", `running time ${runtime} min`);
  }
  const rt = row["Rotten Tomatoes Rating"];
  if (rt !== null && (rt < 0 || rt > 100)) return reject("rating out of range", `Rotten Tomatoes ${rt} (0-100)`);
  const imdb = row["IMDB Rating"];
  if (imdb !== null && (imdb < 1 || imdb > 10)) return reject("rating out of range", `IMDb ${imdb} (1-10)`);
  const votes = row["IMDB Votes"];
  if (votes !== null && (!Number.isInteger(votes) || votes < 0)) return reject("rating out of range", `IMDb votes ${votes}`);
  return {
    ok: true,
    film: {
      title: uninvertTitle(row.Title),
      year: release.year,
      releaseDate: release.iso,
      runtimeMinutes: runtime,
      rottenTomatoesRating: rt,
      imdbRating: imdb,
      imdbVotes: votes,
      mpaaRating: row["MPAA Rating"],
      distributor: row.Distributor,
      director: row.Director,
      genre: row["Major Genre"],
    },
  };
}
