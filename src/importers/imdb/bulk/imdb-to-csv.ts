import path from "node:path";
import type { ImportToolInput } from "../../../db/embedded/neo4j-import-tool";
import { findImdbFiles, type ImdbFileName } from "../imdb-folder";
import {
  checkName,
  checkPrincipal,
  checkRating,
  checkTitle,
  type Checked,
  columnsOf,
  type Fields,
  NAME_BASICS_COLUMNS,
  PRINCIPALS_COLUMNS,
  RATINGS_COLUMNS,
  TITLE_BASICS_COLUMNS,
} from "../imdb-rows";
import { type Acceptance, type FilmRow, ImdbSelection } from "../imdb-selection";
import type { ImdbFileSummary, ImdbImportSummary, ImdbProgress, RejectedImdbRow } from "../import-imdb";
import { emptyImdbSummary, recordRejection, tallyAcceptance } from "../import-imdb";
import { openTsv } from "../tsv-file";
import { CsvSink } from "./csv-sink";

export interface CsvConversion {
  /** The node and relationship files, as the import tool's `--nodes` / `--relationships` take them. */
  input: ImportToolInput;
  /** Rows read, loaded, rejected and skipped per file, as the Cypher importer reports them. */
  summary: ImdbImportSummary;
}

export const RATINGS_SOURCE = "IMDb title.ratings";

type FilmNode = Omit<FilmRow, "genres"> & { imdbRating: number | null; imdbVotes: number | null; scoresSource: string | null };
interface Link {
  from: string;
  to: string;
}

/**
 * Converts an IMDb folder into the CSV files of Neo4j's import tool (one per label and
 * relationship type) in `outDir`, choosing the rows and their keys exactly as the Cypher importer
 * does (ImdbSelection over the same row checks), and writing what its MERGE statements would leave
 * in an empty database: one node per key (Film, Genre, Person, Role; the first row of a key gives
 * its properties, as `ON CREATE SET` does), one relationship per pair (HAS_GENRE, IN, PLAYED,
 * DIRECTED, WROTE), a film's last rating row as its `imdbRating`/`imdbVotes` with `scoresSource`.
 * Node ids are the graph's keys (`id`), each label its own id space. Files are streamed; memory
 * grows with the films, people and roles taken (their keys). Throws MissingImdbFileError for a
 * missing folder or file, and on a malformed header.
 */
export async function convertImdbToCsv(dir: string, outDir: string, progress?: (label: string) => ImdbProgress): Promise<CsvConversion> {
  const started = performance.now();
  const files = findImdbFiles(dir);
  const selection = new ImdbSelection();
  const summary = emptyImdbSummary();
  const file = (name: string) => path.join(outDir, `${name}.csv`);
  const people = new CsvSink<{ id: string; imdbId: string; name: string; birthYear: number | null; deathYear: number | null }>(file("people"), [
    { key: "id", header: "id:ID(Person)" },
    { key: "imdbId", header: "imdbId" },
    { key: "name", header: "name" },
    { key: "birthYear", header: "birthYear:long" },
    { key: "deathYear", header: "deathYear:long" },
  ]);
  const roles = new CsvSink<{ id: string; name: string; billing: number }>(file("roles"), [
    { key: "id", header: "id:ID(Role)" },
    { key: "name", header: "name" },
    { key: "billing", header: "billing:long" },
  ]);
  const links = (name: string, from: string, to: string) =>
    new CsvSink<Link>(file(name), [
      { key: "from", header: `:START_ID(${from})` },
      { key: "to", header: `:END_ID(${to})` },
    ]);
  const hasGenre = links("has-genre", "Film", "Genre");
  const roleIn = links("in", "Role", "Film");
  const played = links("played", "Person", "Role");
  const directed = links("directed", "Person", "Film");
  const wrote = links("wrote", "Person", "Film");

  const films = new Map<string, FilmNode>(); // tconst -> node, written once the ratings are read
  const genres = new Map<string, string>(); // Genre.id -> name (the first spelling, as ON CREATE SET)
  // Relationships already written, for one each per pair: a role's players (Role.id -> Person.id,
  // or several), a film's directors and writers (Film.id -> Person.ids). Keyed by the role or the
  // film, whose lists are short, rather than by a string built per credit.
  const players = new Map<string, string | string[]>();
  const crew = { DIRECTED: new Map<string, string[]>(), WROTE: new Map<string, string[]>() };

  const reject = (s: ImdbFileSummary, line: number, reason: RejectedImdbRow["reason"], detail: string) =>
    recordRejection(summary, s, line, reason, detail);

  /** Streams one file through its check and the selection, handing each accepted row to `write`. */
  async function scan<T, W>(
    name: ImdbFileName,
    columns: readonly string[],
    check: (fields: Fields, width: number, col: ReturnType<typeof columnsOf>) => Checked<T>,
    accept: (value: T) => Acceptance<W>,
    write: (row: W) => Promise<void> | undefined | void,
  ): Promise<void> {
    const path = files[name];
    if (!path) return;
    let bytes = 0;
    let reported = 0;
    const tsv = await openTsv(path, columns, (n) => (bytes += n));
    const col = columnsOf(tsv.columns);
    const width = tsv.columns.length;
    const fileStarted = performance.now();
    const s: ImdbFileSummary = { file: name, rows: 0, loaded: 0, rejected: {}, skipped: {}, resumedAfterLine: 0, seconds: 0 };
    summary.files.push(s);
    const bar = progress?.(name);
    bar?.start(Math.max(1, Math.round(tsv.size / 1024)));
    try {
      for await (const batch of tsv.batches()) {
        const kb = Math.floor(bytes / 1024);
        bar?.advance(kb - reported, `line ${batch[0]!.line}`);
        reported = kb;
        for (const { line, fields } of batch) {
          s.rows += 1;
          const checked = check(fields, width, col);
          if (!checked.ok) {
            if ("skip" in checked) s.skipped[checked.skip] = (s.skipped[checked.skip] ?? 0) + 1;
            else reject(s, line, checked.reason, checked.detail);
            continue;
          }
          const rows = tallyAcceptance(summary, s, line, accept(checked.value));
          if (!rows) continue;
          for (const row of rows) {
            const written = write(row);
            if (written) await written;
          }
        }
      }
      bar?.advance(Math.floor(bytes / 1024) - reported);
    } finally {
      bar?.stop();
      s.seconds = (performance.now() - fileStarted) / 1000;
    }
    summary.rows += s.rows;
    summary.loaded += s.loaded;
  }

  await scan("title.basics", TITLE_BASICS_COLUMNS, checkTitle, (film) => selection.acceptFilm(film), async ({ genres: filmGenres, ...film }) => {
    films.set(film.imdbId, { ...film, imdbRating: null, imdbVotes: null, scoresSource: null });
    const linked = new Set<string>();
    for (const genre of filmGenres) {
      if (!genres.has(genre.id)) genres.set(genre.id, genre.name);
      if (linked.has(genre.id)) continue;
      linked.add(genre.id);
      await hasGenre.push({ from: film.id, to: genre.id });
    }
  });

  const principals = await openTsv(files["title.principals"]!, PRINCIPALS_COLUMNS);
  const pcol = columnsOf(principals.columns);
  for await (const batch of principals.batches()) {
    for (const { fields } of batch) {
      const checked = checkPrincipal(fields, principals.columns.length, pcol);
      if (checked.ok) selection.noteCredit(checked.value);
    }
  }

  await scan("name.basics", NAME_BASICS_COLUMNS, checkName, (person) => selection.acceptPerson(person), (person) => people.push(person));

  await scan("title.principals", PRINCIPALS_COLUMNS, checkPrincipal, (credit) => selection.acceptCredit(credit), async (credit) => {
    const film = selection.filmKeys.get(credit.film)!;
    const person = selection.personKeys.get(credit.person)!;
    if (credit.kind === "PLAYED") {
      const role = credit.roleId!;
      const playedBy = players.get(role);
      if (playedBy === undefined) {
        players.set(role, person);
        await roles.push({ id: role, name: credit.character!, billing: credit.billing });
        await roleIn.push({ from: role, to: film });
      } else if (playedBy === person || (Array.isArray(playedBy) && playedBy.includes(person))) {
        return;
      } else if (Array.isArray(playedBy)) playedBy.push(person);
      else players.set(role, [playedBy, person]);
      await played.push({ from: person, to: role });
      return;
    }
    const credited = crew[credit.kind].get(film);
    if (credited?.includes(person)) return;
    if (credited) credited.push(person);
    else crew[credit.kind].set(film, [person]);
    await (credit.kind === "DIRECTED" ? directed : wrote).push({ from: person, to: film });
  });

  await scan("title.ratings", RATINGS_COLUMNS, checkRating, (rating) => selection.acceptRating(rating), (rating) => {
    const film = films.get(rating.imdbId)!;
    // As the Cypher importer counts: every film and person here is created (not changed); a rating
    // is changed unless an earlier row gave the film the same one.
    if (film.imdbRating !== rating.rating || film.imdbVotes !== rating.votes) summary.changed.ratings += 1;
    film.imdbRating = rating.rating;
    film.imdbVotes = rating.votes;
    film.scoresSource = RATINGS_SOURCE;
  });

  const filmSink = new CsvSink<FilmNode>(file("films"), [
    { key: "id", header: "id:ID(Film)" },
    { key: "imdbId", header: "imdbId" },
    { key: "title", header: "title" },
    { key: "titleKey", header: "titleKey" },
    { key: "year", header: "year:long" },
    { key: "runtimeMinutes", header: "runtimeMinutes:long" },
    { key: "imdbRating", header: "imdbRating:double" },
    { key: "imdbVotes", header: "imdbVotes:long" },
    { key: "scoresSource", header: "scoresSource" },
  ]);
  for (const film of films.values()) await filmSink.push(film);
  const genreSink = new CsvSink<{ id: string; name: string }>(file("genres"), [
    { key: "id", header: "id:ID(Genre)" },
    { key: "name", header: "name" },
  ]);
  for (const [id, name] of genres) await genreSink.push({ id, name });

  const nodeFiles = { Film: filmSink, Genre: genreSink, Person: people, Role: roles };
  const relationshipFiles = { HAS_GENRE: hasGenre, IN: roleIn, PLAYED: played, DIRECTED: directed, WROTE: wrote };
  for (const sink of Object.values(nodeFiles)) summary.nodesCreated += await sink.close();
  for (const sink of Object.values(relationshipFiles)) summary.relationshipsCreated += await sink.close();
  summary.seconds = (performance.now() - started) / 1000;
  summary.rowsPerSecond = summary.rows / summary.seconds;
  return {
    summary,
    input: {
      nodes: Object.entries(nodeFiles).map(([label, sink]) => ({ label, file: sink.path })),
      relationships: Object.entries(relationshipFiles).map(([type, sink]) => ({ type, file: sink.path })),
    },
  };
}
