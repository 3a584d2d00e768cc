import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ADJECTIVES, CHARACTER_NAMES, FIRST_NAMES, INITIALS, LAST_NAMES, NOUNS } from "./names";
import { permutation, Random } from "./random";

/** How big a generated catalog is. */
export interface CatalogScale {
  films: number;
  people: number;
  /** Mean cast credits (characters) per film; each film also has a director and most a writer. */
  meanCast: number;
  seed: number;
}

/** M: at least 50k films, 200k people and 300k roles (issue 11). */
export const SCALE_M: CatalogScale = { films: 50_000, people: 200_000, meanCast: 6.2, seed: 11 };

export interface GeneratedFilm {
  tconst: string;
  title: string;
  year: number;
  runtime: number;
  genres: string[];
  /** How critics tend to see it, in [-1, 1] (drives the generated reviews' sentiment). */
  quality: number;
  director: number;
  writer: number | null;
  cast: { person: number; character: string }[];
}

export interface GeneratedCatalog {
  films: GeneratedFilm[];
  /** People by index: `nm<index + 1000000>`. */
  names: string[];
}

const GENRES = ["Drama", "Comedy", "Thriller", "Romance", "Action", "Horror", "Documentary", "Crime", "Adventure", "Sci-Fi", "Music", "Family", "War", "Western", "Mystery"];

export const nconst = (person: number) => `nm${String(person + 1_000_000).padStart(7, "0")}`;
const tconst = (film: number) => `tt${String(film + 1_000_000).padStart(7, "0")}`;

/** `<first> <initial>. <last>`: distinct for every index below FIRST × INITIALS × LAST. */
export function personName(i: number): string {
  const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
  const rest = Math.floor(i / FIRST_NAMES.length);
  const initial = INITIALS[rest % INITIALS.length]!;
  const last = LAST_NAMES[Math.floor(rest / INITIALS.length) % LAST_NAMES.length]!;
  return `${first} ${initial}. ${last}`;
}

/** Title and year: distinct pairs for every index below ADJECTIVES × NOUNS × 8. */
function filmTitle(i: number): { title: string; year: number } {
  const pairs = ADJECTIVES.length * NOUNS.length;
  const within = i % pairs;
  const title = `The ${ADJECTIVES[within % ADJECTIVES.length]} ${NOUNS[Math.floor(within / ADJECTIVES.length)]}`;
  const generation = Math.floor(i / pairs);
  return { title, year: 1935 + generation * 11 + (within % 11) };
}

/** The catalog of a scale, the same for the same seed. */
export function generateCatalog(scale: CatalogScale): GeneratedCatalog {
  const capacity = FIRST_NAMES.length * INITIALS.length * LAST_NAMES.length;
  if (scale.people > capacity) throw new Error(`at most ${capacity} distinct generated names`);
  if (scale.films > ADJECTIVES.length * NOUNS.length * 8) throw new Error("too many films for distinct titles");
  const random = new Random(scale.seed);
  const names = Array.from({ length: scale.people }, (_, i) => personName(i));
  // Every person gets a first credit (in a shuffled order); later credits favour a few stars.
  const order = permutation(scale.people, random);
  let next = 0;
  const credit = () => (next < scale.people ? order[next++]! : random.zipf(scale.people, 20, 1.05));
  const films: GeneratedFilm[] = [];
  for (let i = 0; i < scale.films; i++) {
    const { title, year } = filmTitle(i);
    const castSize = Math.max(1, Math.min(CHARACTER_NAMES.length, Math.round(-Math.log(1 - random.next()) * scale.meanCast)));
    const firstCharacter = random.int(CHARACTER_NAMES.length);
    const genres = [random.pick(GENRES)];
    if (random.next() < 0.5) genres.push(random.pick(GENRES.filter((g) => g !== genres[0])));
    films.push({
      tconst: tconst(i),
      title,
      year,
      runtime: 75 + random.int(90),
      genres,
      quality: Math.max(-1, Math.min(1, (random.next() + random.next() + random.next()) / 1.5 - 1)),
      director: credit(),
      writer: random.next() < 0.8 ? credit() : null,
      cast: Array.from({ length: castSize }, (_, k) => ({
        person: credit(),
        character: `${CHARACTER_NAMES[(firstCharacter + k) % CHARACTER_NAMES.length]} ${LAST_NAMES[(i + k * 7) % LAST_NAMES.length]}`,
      })),
    });
  }
  return { films, names };
}

const NULL = "\\N";

/**
 * Writes the catalog as an IMDb non-commercial data set (gzip TSV, as IMDb publishes it) into
 * `dir`, with some rows the import skips (TV series, producers) as the real files have.
 * Returns the number of data rows per file.
 */
export function writeImdbFiles(catalog: GeneratedCatalog, dir: string): Record<string, number> {
  fs.mkdirSync(dir, { recursive: true });
  const write = (file: string, header: string[], rows: string[][]) => {
    const text = [header, ...rows].map((r) => r.join("\t")).join("\n") + "\n";
    fs.writeFileSync(path.join(dir, file), zlib.gzipSync(Buffer.from(text, "utf8"), { level: 1 }));
    return rows.length;
  };
  const basics: string[][] = [];
  const principals: string[][] = [];
  const ratings: string[][] = [];
  catalog.films.forEach((f, i) => {
    basics.push([f.tconst, i % 10 === 9 ? "tvMovie" : "movie", f.title, f.title, "0", String(f.year), NULL, String(f.runtime), f.genres.join(",")]);
    let ordering = 0;
    for (const c of f.cast) principals.push([f.tconst, String(++ordering), nconst(c.person), ordering % 2 ? "actor" : "actress", NULL, JSON.stringify([c.character])]);
    principals.push([f.tconst, String(++ordering), nconst(f.director), "director", NULL, NULL]);
    if (f.writer !== null) principals.push([f.tconst, String(++ordering), nconst(f.writer), "writer", "screenplay", NULL]);
    if (i % 20 === 0) principals.push([f.tconst, String(++ordering), nconst(f.director), "producer", "producer", NULL]);
    if (i % 10 !== 3) ratings.push([f.tconst, (1 + ((f.quality + 1) / 2) * 9).toFixed(1), String(10 + ((i * 7919) % 250_000))]);
    if (i % 100 === 0) basics.push([`tt${9_000_000 + i}`, "tvSeries", `${f.title}: The Series`, `${f.title}: The Series`, "0", String(f.year), NULL, "45", "Drama"]);
  });
  return {
    "title.basics": write("title.basics.tsv.gz", ["tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear", "runtimeMinutes", "genres"], basics),
    "name.basics": write(
      "name.basics.tsv.gz",
      ["nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles"],
      catalog.names.map((name, i) => [nconst(i), name, String(1920 + (i % 80)), NULL, "actor", NULL]),
    ),
    "title.principals": write("title.principals.tsv.gz", ["tconst", "ordering", "nconst", "category", "job", "characters"], principals),
    "title.ratings": write("title.ratings.tsv.gz", ["tconst", "averageRating", "numVotes"], ratings),
  };
}
