/**
 * The rows of the IMDb non-commercial data set the graph takes, checked one by one. Column names,
 * `\N` for null and the meaning of each field follow IMDb's description of the files
 * (developer.imdb.com/non-commercial-datasets): title.basics, name.basics, title.principals,
 * title.ratings.
 */

export const TITLE_BASICS_COLUMNS = ["tconst", "titleType", "primaryTitle", "startYear", "runtimeMinutes", "genres"] as const;
export const NAME_BASICS_COLUMNS = ["nconst", "primaryName", "birthYear", "deathYear"] as const;
export const PRINCIPALS_COLUMNS = ["tconst", "ordering", "nconst", "category", "characters"] as const;
export const RATINGS_COLUMNS = ["tconst", "averageRating", "numVotes"] as const;

/** Title types that are films in the graph; series, episodes, shorts, games ... are skipped. */
export const FILM_TITLE_TYPES = new Set(["movie", "tvMovie"]);
/** Principal categories the graph models: cast (with their characters), directors and writers. */
export const CAST_CATEGORIES = new Set(["actor", "actress", "self"]);
export const EARLIEST_FILM_YEAR = 1870;
export const LATEST_FILM_YEAR = 2100;
export const MAX_RUNTIME_MINUTES = 6000;

export type ImdbRejection =
  | "wrong number of fields"
  | "malformed id"
  | "missing title"
  | "missing name"
  | "implausible year"
  | "implausible running time"
  | "malformed characters"
  | "malformed ordering"
  | "rating out of range"
  | "duplicate id"
  | "key taken by another IMDb entry"
  | "unknown person";

/** Rows that are well formed but outside what the graph holds (not errors). */
export type ImdbSkip =
  | "not a film"
  | "title not imported"
  | "crew category not in the graph" | "cast credit without a character" | "person not credited on an imported film";

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: ImdbRejection; detail: string } | { ok: false; skip: ImdbSkip };

export interface ImdbFilm {
  imdbId: string;
  title: string;
  year: number | null;
  runtimeMinutes: number | null;
  genres: string[];
}

export interface ImdbPerson {
  imdbId: string;
  name: string;
  birthYear: number | null;
  deathYear: number | null;
}

export type CreditKind = "PLAYED" | "DIRECTED" | "WROTE";

export interface ImdbPrincipal {
  film: string;
  person: string;
  ordering: number;
  kind: CreditKind;
  /** The characters, for a cast credit (at least one). */
  characters: string[];
}

export interface ImdbRating {
  imdbId: string;
  rating: number;
  votes: number;
}

/** A row as a record of its columns; undefined when the field count does not match the header. */
export type Fields = (string | null)[];

const reject = (reason: ImdbRejection, detail: string) => ({ ok: false as const, reason, detail });
const skip = (why: ImdbSkip) => ({ ok: false as const, skip: why });

const TITLE_ID = /^tt\d+$/;
const NAME_ID = /^nm\d+$/;
const WHOLE = /^\d+$/;

/** A column reader for one file's header. */
export function columnsOf(header: string[]): (fields: Fields, name: string) => string | null {
  const index = new Map(header.map((name, i) => [name, i]));
  return (fields, name) => fields[index.get(name)!] ?? null;
}

function year(value: string | null): number | null | undefined {
  if (value === null) return null;
  if (!WHOLE.test(value)) return undefined;
  const n = Number(value);
  return n >= EARLIEST_FILM_YEAR && n <= LATEST_FILM_YEAR ? n : undefined;
}

const clean = (text: string | null) => (text === null ? null : text.normalize("NFC").replace(/\s+/g, " ").trim() || null);

/** A title.basics row: a film (movie or tvMovie) or a reason. */
export function checkTitle(fields: Fields, width: number, col: ReturnType<typeof columnsOf>): Checked<ImdbFilm> {
  if (fields.length !== width) return reject("wrong number of fields", `${fields.length} fields, the header has ${width}`);
  const imdbId = col(fields, "tconst");
  if (!imdbId || !TITLE_ID.test(imdbId)) return reject("malformed id", `tconst ${JSON.stringify(imdbId)}`);
  if (!FILM_TITLE_TYPES.has(col(fields, "titleType") ?? "")) return skip("not a film");
  const title = clean(col(fields, "primaryTitle"));
  if (!title) return reject("missing title", `${imdbId} has no primaryTitle`);
  const startYear = year(col(fields, "startYear"));
  if (startYear === undefined) return reject("implausible year", `${imdbId} startYear ${col(fields, "startYear")}`);
  const runtimeText = col(fields, "runtimeMinutes");
  const runtime = runtimeText === null ? null : WHOLE.test(runtimeText) ? Number(runtimeText) : NaN;
  if (runtime !== null && !(runtime > 0 && runtime <= MAX_RUNTIME_MINUTES)) {
    return reject("implausible running time", `${imdbId} runtimeMinutes ${runtimeText}`);
  }
  const genres = (col(fields, "genres") ?? "").split(",").map((g) => g.trim()).filter(Boolean);
  return { ok: true, value: { imdbId, title, year: startYear, runtimeMinutes: runtime, genres } };
}

/** A name.basics row: a person or a reason. */
export function checkName(fields: Fields, width: number, col: ReturnType<typeof columnsOf>): Checked<ImdbPerson> {
  if (fields.length !== width) return reject("wrong number of fields", `${fields.length} fields, the header has ${width}`);
  const imdbId = col(fields, "nconst");
  if (!imdbId || !NAME_ID.test(imdbId)) return reject("malformed id", `nconst ${JSON.stringify(imdbId)}`);
  const name = clean(col(fields, "primaryName"));
  if (!name) return reject("missing name", `${imdbId} has no primaryName`);
  const born = yearOfLife(col(fields, "birthYear"));
  const died = yearOfLife(col(fields, "deathYear"));
  if (born === undefined || died === undefined || (born !== null && died !== null && died < born)) {
    return reject("implausible year", `${imdbId} born ${col(fields, "birthYear")}, died ${col(fields, "deathYear")}`);
  }
  return { ok: true, value: { imdbId, name, birthYear: born, deathYear: died } };
}

// People's years reach further back than films' (IMDb lists writers born in antiquity).
function yearOfLife(value: string | null): number | null | undefined {
  if (value === null) return null;
  if (!WHOLE.test(value)) return undefined;
  const n = Number(value);
  return n <= LATEST_FILM_YEAR ? n : undefined;
}

/**
 * A title.principals row: a cast, director or writer credit, or a reason. `characters` is a JSON
 * array of strings (`["Ruben"]`), or `\N`.
 */
export function checkPrincipal(fields: Fields, width: number, col: ReturnType<typeof columnsOf>): Checked<ImdbPrincipal> {
  if (fields.length !== width) return reject("wrong number of fields", `${fields.length} fields, the header has ${width}`);
  const film = col(fields, "tconst");
  const person = col(fields, "nconst");
  if (!film || !TITLE_ID.test(film)) return reject("malformed id", `tconst ${JSON.stringify(film)}`);
  if (!person || !NAME_ID.test(person)) return reject("malformed id", `nconst ${JSON.stringify(person)}`);
  const orderingText = col(fields, "ordering") ?? "";
  if (!WHOLE.test(orderingText)) return reject("malformed ordering", `${film} ${person} ordering ${JSON.stringify(orderingText)}`);
  const category = col(fields, "category") ?? "";
  const kind: CreditKind | undefined = CAST_CATEGORIES.has(category)
    ? "PLAYED"
    : category === "director"
      ? "DIRECTED"
      : category === "writer"
        ? "WROTE"
        : undefined;
  if (!kind) return skip("crew category not in the graph");
  let characters: string[] = [];
  if (kind === "PLAYED") {
    const parsed = parseCharacters(col(fields, "characters"));
    if (parsed === undefined) {
      return reject("malformed characters", `${film} ${person} characters ${col(fields, "characters")}`);
    }
    characters = parsed;
    if (!characters.length) return skip("cast credit without a character");
  }
  return { ok: true, value: { film, person, ordering: Number(orderingText), kind, characters } };
}

/** `["Ruben","Ruben Stone"]` -> the distinct names; `\N` -> []; undefined when it is not a JSON array of strings. */
export function parseCharacters(value: string | null): string[] | undefined {
  if (value === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || !parsed.every((c): c is string => typeof c === "string")) return undefined;
  return [...new Set(parsed.map(clean).filter((c): c is string => c !== null))];
}

/** A title.ratings row: an IMDb rating (1-10) with its vote count, or a reason. */
export function checkRating(fields: Fields, width: number, col: ReturnType<typeof columnsOf>): Checked<ImdbRating> {
  if (fields.length !== width) return reject("wrong number of fields", `${fields.length} fields, the header has ${width}`);
  const imdbId = col(fields, "tconst");
  if (!imdbId || !TITLE_ID.test(imdbId)) return reject("malformed id", `tconst ${JSON.stringify(imdbId)}`);
  const rating = Number(col(fields, "averageRating"));
  const votesText = col(fields, "numVotes") ?? "";
  if (!(rating >= 1 && rating <= 10) || !WHOLE.test(votesText)) {
    return reject("rating out of range", `${imdbId} averageRating ${col(fields, "averageRating")}, numVotes ${votesText}`);
  }
  return { ok: true, value: { imdbId, rating, votes: Number(votesText) } };
}
