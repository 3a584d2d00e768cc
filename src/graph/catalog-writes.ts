import neo4j from "neo4j-driver";
import type { WriteTransaction } from "../db/database";
import { InvalidInputError } from "../ingest/input-errors";
import { aspectId, creditRoleIds, filmId, personId, slug, themeId } from "./ids";

/** Ids of a film or person in outside catalogs: IMDb (`tt…` films, `nm…` people) and Wikidata (`Q…`). */
export interface OutsideIds {
  imdbId?: string | null;
  wikidataId?: string | null;
}

export interface FilmFacts extends OutsideIds {
  title: string;
  year?: number | null;
  runtimeMinutes?: number | null;
  directors?: string[];
  writers?: string[];
  cast?: { person: string; character: string }[];
  /** Outside ids of people of the film, by name. */
  people?: (OutsideIds & { name: string })[];
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

/** The credits of a cast list without repeats: one per (person, character) pair, first billing kept. */
export function distinctCredits(cast: { person: string; character: string }[]): { person: string; character: string }[] {
  const seen = new Set<string>();
  return cast.filter((c) => {
    const key = `${personId(c.person)}\u0000${slug(c.character)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const outside = (ids: OutsideIds) => ({ imdbId: ids.imdbId ?? null, wikidataId: ids.wikidataId ?? null });
const hasOutsideId = (ids: { imdbId: string | null; wikidataId: string | null }) => ids.imdbId != null || ids.wikidataId != null;

/**
 * Adds or updates a film, its crew and its cast (idempotent on title and year). Returns the film id.
 * Outside ids (IMDb, Wikidata) are attached to the film and its people; an outside id another film
 * or person already holds is refused with InvalidInputError (nothing is written).
 */
export async function upsertFilm(tx: WriteTransaction, film: FilmFacts): Promise<string> {
  const id = filmId(film.title, film.year);
  const cast = distinctCredits(film.cast ?? []);
  const roles = creditRoleIds(id, cast);
  const filmOutside = { id, ...outside(film) };
  // In person-id order, the order of every lock a write takes on people (upsert-film.cypher).
  const people = (film.people ?? [])
    .map((p) => ({ id: personId(p.name), ...outside(p) }))
    .filter(hasOutsideId)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (hasOutsideId(filmOutside) || people.length > 0) {
    const taken = await tx.run("outsideIdHolders", { films: hasOutsideId(filmOutside) ? [filmOutside] : [], people });
    if (taken.length > 0) {
      const clash = taken.map((t) => `${String(t.type)}:${String(t.heldBy)} already has ${[t.imdbId, t.wikidataId].filter(Boolean).join(" / ")}`);
      throw new InvalidInputError(`input: an outside id belongs to another node (${clash.join("; ")})`);
    }
  }
  await tx.run("upsertFilm", {
    film: {
      id,
      title: film.title.trim(),
      titleKey: slug(film.title),
      year: integerOrNull(film.year),
      runtimeMinutes: integerOrNull(film.runtimeMinutes),
      ...outside(film),
    },
    directors: (film.directors ?? []).map(person),
    writers: (film.writers ?? []).map(person),
    cast: cast.map((credit, billing) => ({
      personId: personId(credit.person),
      personName: credit.person.trim(),
      ...roles[billing]!,
      character: credit.character.trim(),
      billing: neo4j.int(billing + 1),
    })),
    people,
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
