import type { Database } from "../db/database";
import type { FilmContext } from "./analysis-types";

/** What the analysis needs to know about a film, read with one statement; null for an unknown film. */
export async function readFilmContext(db: Database, filmId: string): Promise<FilmContext | null> {
  const [row] = await db.read("filmContext", { filmId });
  if (!row) return null;
  return {
    filmId: row.filmId as string,
    title: row.title as string,
    year: (row.year as number | null) ?? null,
    people: row.people as FilmContext["people"],
    roles: (row.roles as FilmContext["roles"]).map(({ billing, ...r }) => ({
      ...r,
      personId: r.personId ?? null,
      ...(billing == null ? {} : { billing }),
    })),
    themes: row.themes as FilmContext["themes"],
    aspects: row.aspects as string[],
    genres: (row.genres as string[] | undefined) ?? [],
  };
}
