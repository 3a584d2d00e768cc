import neo4j from "neo4j-driver";
import type { WriteTransaction } from "../db/database";
import { aspectId, filmId, personId, roleId, slug, themeId } from "./ids";

export interface FilmFacts {
  title: string;
  year?: number | null;
  runtimeMinutes?: number | null;
  directors?: string[];
  writers?: string[];
  cast?: { person: string; character: string }[];
  /** Genre names ("Horror"); the analysis reads words in their genre's sense. Not written by upsertFilm. */
  genres?: string[];
}

export interface ThemeFacts {
  name: string;
  broader?: string[];
  synonyms?: string[];
  patterns?: string[];
}

// JavaScript numbers would be stored as floats.
const integerOrNull = (n: number | null | undefined) => (n == null ? null : neo4j.int(n));
const person = (name: string) => ({ id: personId(name), name: name.trim() });

/** Adds or updates a film, its crew and its cast (idempotent on title and year). Returns the film id. */
export async function upsertFilm(tx: WriteTransaction, film: FilmFacts): Promise<string> {
  const id = filmId(film.title, film.year);
  await tx.run("upsertFilm", {
    film: {
      id,
      title: film.title.trim(),
      titleKey: slug(film.title),
      year: integerOrNull(film.year),
      runtimeMinutes: integerOrNull(film.runtimeMinutes),
    },
    directors: (film.directors ?? []).map(person),
    writers: (film.writers ?? []).map(person),
    cast: (film.cast ?? []).map((credit, billing) => ({
      personId: personId(credit.person),
      personName: credit.person.trim(),
      roleId: roleId(id, credit.character),
      character: credit.character.trim(),
      billing: neo4j.int(billing + 1),
    })),
  });
  return id;
}

/** Adds or updates a theme taxonomy: the themes first, then their BROADER links. */
export async function upsertThemes(tx: WriteTransaction, themes: ThemeFacts[]): Promise<void> {
  await tx.run("upsertThemes", {
    themes: themes.map((t) => ({
      id: themeId(t.name),
      name: t.name,
      synonyms: t.synonyms ?? [],
      patterns: t.patterns ?? [],
    })),
  });
  const links = themes.flatMap((t) => (t.broader ?? []).map((b) => ({ id: themeId(t.name), broaderId: themeId(b) })));
  await tx.run("linkBroaderThemes", { links });
}

export async function upsertAspects(tx: WriteTransaction, names: string[]): Promise<void> {
  await tx.run("upsertAspects", { aspects: names.map((name) => ({ id: aspectId(name), name })) });
}
