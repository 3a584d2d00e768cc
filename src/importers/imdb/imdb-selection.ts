import { filmId, personId, roleId, slug } from "../../graph/ids";
import type { CreditKind, ImdbFilm, ImdbPerson, ImdbPrincipal, ImdbRating, ImdbRejection, ImdbSkip } from "./imdb-rows";

/** A film as both importers write it: the node's key and properties, and its genres (Genre keys and names). */
export interface FilmRow {
  id: string;
  imdbId: string;
  title: string;
  titleKey: string;
  year: number | null;
  runtimeMinutes: number | null;
  genres: { id: string; name: string }[];
}

export interface PersonRow {
  id: string;
  imdbId: string;
  name: string;
  birthYear: number | null;
  deathYear: number | null;
}

/**
 * A credit between an accepted film and person (IMDb ids); a cast credit has one row per character,
 * with its Role key (`roleId(film key, character)`) and the character's name.
 */
export interface CreditRow {
  film: string;
  person: string;
  kind: CreditKind;
  billing: number;
  roleId: string | null;
  character: string | null;
}

export interface RatingRow {
  imdbId: string;
  rating: number;
  votes: number;
}

/** What becomes of one checked row: statement rows to write, or why it is not written. */
export type Acceptance<W> = { rows: W[] } | { skip: ImdbSkip } | { reject: ImdbRejection; detail: string };

/**
 * Which checked IMDb rows an import writes, and under which keys: the one place both importers
 * (the Cypher one, import-imdb.ts, and the bulk one, bulk/) take them from, so both write the same
 * graph. Keys come from the project's key functions (src/graph/ids.ts); two IMDb entries never
 * share one key (the second is rejected), credits and ratings refer only to accepted films and
 * people, and only people credited on an accepted film are taken. Feed it the files in order:
 * title.basics, the credits of title.principals (noteCredit), name.basics, title.principals,
 * title.ratings.
 */
export class ImdbSelection {
  /** tconst -> Film.id of the accepted films. */
  readonly filmKeys = new Map<string, string>();
  /** nconst -> Person.id of the accepted people. */
  readonly personKeys = new Map<string, string>();
  private readonly filmKeyOwner = new Map<string, string>(); // Film.id -> tconst
  private readonly personKeyOwner = new Map<string, string>(); // Person.id -> nconst
  private readonly credited = new Set<string>();

  acceptFilm(film: ImdbFilm): Acceptance<FilmRow> {
    const id = filmId(film.title, film.year);
    const owner = this.filmKeyOwner.get(id);
    if (owner !== undefined && owner !== film.imdbId) {
      return { reject: "duplicate id", detail: `${film.imdbId} has the key ${id} of ${owner} (same title and year)` };
    }
    if (this.filmKeys.has(film.imdbId)) return { reject: "duplicate id", detail: `${film.imdbId} appears twice` };
    this.filmKeys.set(film.imdbId, id);
    this.filmKeyOwner.set(id, film.imdbId);
    const genres = film.genres.map((name) => ({ id: slug(name), name }));
    return {
      rows: [{ id, imdbId: film.imdbId, title: film.title, titleKey: slug(film.title), year: film.year, runtimeMinutes: film.runtimeMinutes, genres }],
    };
  }

  /** Forgets an accepted film the graph refused (its key held by another IMDb entry). */
  dropFilm(imdbId: string): void {
    this.filmKeys.delete(imdbId);
  }

  /** Notes a title.principals row before name.basics is read: its person is taken if its film was. */
  noteCredit(credit: ImdbPrincipal): void {
    if (this.filmKeys.has(credit.film)) this.credited.add(credit.person);
  }

  acceptPerson(person: ImdbPerson): Acceptance<PersonRow> {
    if (!this.credited.has(person.imdbId)) return { skip: "person not credited on an imported film" };
    const id = personId(person.name);
    const owner = this.personKeyOwner.get(id);
    if (owner !== undefined) {
      return owner === person.imdbId
        ? { reject: "duplicate id", detail: `${person.imdbId} appears twice` }
        : { reject: "key taken by another IMDb entry", detail: `${person.imdbId} has the key ${id} of ${owner} (same name)` };
    }
    this.personKeyOwner.set(id, person.imdbId);
    this.personKeys.set(person.imdbId, id);
    return { rows: [{ id, imdbId: person.imdbId, name: person.name, birthYear: person.birthYear, deathYear: person.deathYear }] };
  }

  /** Forgets an accepted person the graph refused (its key held by another IMDb entry). */
  dropPerson(imdbId: string): void {
    this.personKeys.delete(imdbId);
  }

  acceptCredit(credit: ImdbPrincipal): Acceptance<CreditRow> {
    const film = this.filmKeys.get(credit.film);
    if (film === undefined) return { skip: "title not imported" };
    if (!this.personKeys.has(credit.person)) {
      return { reject: "unknown person", detail: `${credit.person} (credited on ${credit.film}) is not loaded from name.basics` };
    }
    const base: CreditRow = { film: credit.film, person: credit.person, kind: credit.kind, billing: credit.ordering, roleId: null, character: null };
    if (credit.kind !== "PLAYED") return { rows: [base] };
    return { rows: credit.characters.map((character) => ({ ...base, roleId: roleId(film, character), character })) };
  }

  acceptRating(rating: ImdbRating): Acceptance<RatingRow> {
    if (!this.filmKeys.has(rating.imdbId)) return { skip: "title not imported" };
    return { rows: [{ imdbId: rating.imdbId, rating: rating.rating, votes: rating.votes }] };
  }
}
