import neo4j from "neo4j-driver";
import type { StatementName } from "../../db/cypher-registry";
import type { Database } from "../../db/database";
import { Checkpoint } from "./checkpoint";
import { findImdbFiles, type ImdbFileName } from "./imdb-folder";
import {
  checkName,
  checkPrincipal,
  checkRating,
  checkTitle,
  type Checked,
  columnsOf,
  type Fields,
  type ImdbRejection,
  type ImdbSkip,
  NAME_BASICS_COLUMNS,
  PRINCIPALS_COLUMNS,
  RATINGS_COLUMNS,
  TITLE_BASICS_COLUMNS,
} from "./imdb-rows";
import { type Acceptance, ImdbSelection } from "./imdb-selection";
import { openTsv } from "./tsv-file";
import { type BatchResult, BatchPipeline, writeBatch } from "./write-batch";

export const IMDB_BATCH_SIZE = 5000;
export const IMDB_TRANSACTION_TIMEOUT_MS = 120_000;
/** Batches written at once (each its own transaction; Neo4j runs them on separate threads). */
export const IMDB_CONCURRENCY = 1;
/** Rejected rows kept with their details (all are counted by reason). */
export const MAX_LISTED_REJECTIONS = 1000;

export interface ImdbProgress {
  start(total: number): void;
  advance(by: number, detail?: string): void;
  stop(): void;
}

export interface RejectedImdbRow {
  file: string;
  line: number;
  reason: ImdbRejection | "film or person missing from the graph";
  detail: string;
}

export interface ImdbFileSummary {
  file: string;
  rows: number;
  loaded: number;
  rejected: Record<string, number>;
  skipped: Partial<Record<ImdbSkip, number>>;
  /** Rows up to this line were written by an earlier, interrupted run (0: none). */
  resumedAfterLine: number;
  /** Time spent reading and writing this file. */
  seconds: number;
}

export interface ImdbImportSummary {
  files: ImdbFileSummary[];
  rows: number;
  loaded: number;
  rejectedCount: number;
  /** The first MAX_LISTED_REJECTIONS rejected rows with their reasons. */
  rejected: RejectedImdbRow[];
  nodesCreated: number;
  relationshipsCreated: number;
  /** Films, people and ratings whose stored values changed. */
  changed: { films: number; people: number; ratings: number };
  seconds: number;
  rowsPerSecond: number;
  /** True when the import stopped at a batch boundary on `signal`: run it again to resume. */
  interrupted: boolean;
}

/** Counts a rejected row in the file's and the import's summary (the first MAX_LISTED_REJECTIONS listed). */
export function recordRejection(summary: ImdbImportSummary, file: ImdbFileSummary, line: number, reason: RejectedImdbRow["reason"], detail: string): void {
  file.rejected[reason] = (file.rejected[reason] ?? 0) + 1;
  summary.rejectedCount += 1;
  if (summary.rejected.length < MAX_LISTED_REJECTIONS) summary.rejected.push({ file: file.file, line, reason, detail });
}

/**
 * Counts what the selection decided for a checked row (loaded, skipped with why, or rejected) in
 * the summaries, and returns the rows to write: none unless the row was loaded. Both import paths
 * count rows this way, so their summaries agree.
 */
export function tallyAcceptance<W>(summary: ImdbImportSummary, file: ImdbFileSummary, line: number, accepted: Acceptance<W>): W[] | undefined {
  if ("reject" in accepted) {
    recordRejection(summary, file, line, accepted.reject, accepted.detail);
    return undefined;
  }
  if ("skip" in accepted) {
    file.skipped[accepted.skip] = (file.skipped[accepted.skip] ?? 0) + 1;
    return undefined;
  }
  file.loaded += 1;
  return accepted.rows;
}

/** A summary with nothing loaded yet (both import paths fill it in). */
export function emptyImdbSummary(): ImdbImportSummary {
  return {
    files: [],
    rows: 0,
    loaded: 0,
    rejectedCount: 0,
    rejected: [],
    nodesCreated: 0,
    relationshipsCreated: 0,
    changed: { films: 0, people: 0, ratings: 0 },
    seconds: 0,
    rowsPerSecond: 0,
    interrupted: false,
  };
}

export interface ImdbImportOptions {
  /** The project's state folder (checkpoints go to `<stateDir>/imdb-import/`). */
  stateDir: string;
  batchSize?: number;
  timeoutMs?: number;
  /** Batches in flight at once (default IMDB_CONCURRENCY); deadlocks between them are retried by the driver. */
  concurrency?: number;
  /** A progress display per file (bytes read). */
  progress?: (label: string) => ImdbProgress;
  /** Stops the import after the batch in flight; the checkpoint keeps what was committed. */
  signal?: AbortSignal;
}

const int = (n: number | null) => (n === null ? null : neo4j.int(n));

class Interrupted extends Error {}

/**
 * Loads an IMDb non-commercial data set folder (title.basics, name.basics, title.principals and
 * optionally title.ratings; .tsv or .tsv.gz) into the graph: films (titleType movie/tvMovie) with
 * their genres, the people credited on them, cast credits as Person-PLAYED->Role-IN->Film,
 * directors and writers, and IMDb ratings. Streams every file, writes batches of `batchSize` rows
 * with one UNWIND statement per write transaction, keeps IMDb ids as `imdbId` (unique), builds
 * keys with the project's key functions, and records a checkpoint after each batch so an
 * interrupted import resumes. Idempotent: a second import changes nothing.
 * Throws MissingImdbFileError for a missing folder or file, and on a malformed header.
 */
export async function importImdb(db: Database, dir: string, o: ImdbImportOptions): Promise<ImdbImportSummary> {
  const started = performance.now();
  const files = findImdbFiles(dir);
  const checkpoint = Checkpoint.forFolder(o.stateDir, dir);
  const batchSize = o.batchSize ?? IMDB_BATCH_SIZE;
  const timeoutMs = o.timeoutMs ?? IMDB_TRANSACTION_TIMEOUT_MS;
  const concurrency = o.concurrency ?? IMDB_CONCURRENCY;
  const summary = emptyImdbSummary();

  // What this run accepted, so later files refer only to what is in the graph, and two IMDb
  // entries never share one key.
  const selection = new ImdbSelection();

  const reject = (fileSummary: ImdbFileSummary, line: number, reason: RejectedImdbRow["reason"], detail: string) =>
    recordRejection(summary, fileSummary, line, reason, detail);
  const count = (r: BatchResult) => {
    summary.nodesCreated += r.nodesCreated;
    summary.relationshipsCreated += r.relationshipsCreated;
  };
  /** Collisions a batch reports: keys held in the graph by another IMDb entry (from an earlier import). */
  const collisions = (r: BatchResult) => (r.rows[0]?.collisions ?? []) as { imdbId: string; heldBy: string }[];

  /**
   * Streams one file: checks each row, turns accepted ones into statement rows and writes them in
   * batches, one in flight while the next is read. Rows at or before the checkpoint are checked
   * (to rebuild what later files need) but not written again.
   */
  async function load<T, W>(f: {
    name: ImdbFileName;
    columns: readonly string[];
    check: (fields: Fields, width: number, col: ReturnType<typeof columnsOf>) => Checked<T>;
    /** Statement rows for an accepted value, or a reason it is not loaded. */
    accept: (value: T) => Acceptance<W>;
    /** A statement row as the driver sends it (whole numbers as Neo4j integers). */
    param: (row: W) => Record<string, unknown>;
    statement: StatementName;
    parameter: string;
    written: (result: BatchResult, batch: { line: number; row: W }[], s: ImdbFileSummary) => void;
  }): Promise<void> {
    const path = files[f.name];
    if (!path) return;
    let bytes = 0;
    let reported = 0;
    const file = await openTsv(path, f.columns, (n) => (bytes += n));
    const col = columnsOf(file.columns);
    const width = file.columns.length;
    const resumeAfter = checkpoint.committedLine(path);
    const fileStarted = performance.now();
    const s: ImdbFileSummary = { file: f.name, rows: 0, loaded: 0, rejected: {}, skipped: {}, resumedAfterLine: resumeAfter, seconds: 0 };
    summary.files.push(s);
    const progress = o.progress?.(f.name);
    progress?.start(Math.max(1, Math.round(file.size / 1024)));
    const pipeline = new BatchPipeline(concurrency);
    let batch: { line: number; row: W }[] = [];
    const flush = async (lastLine: number) => {
      const rows = batch;
      batch = [];
      const kb = Math.floor(bytes / 1024);
      progress?.advance(kb - reported, `line ${lastLine}`);
      reported = kb;
      if (!rows.length) return;
      if (o.signal?.aborted) {
        await pipeline.drain();
        throw new Interrupted();
      }
      await pipeline.submit(
        () => writeBatch(db, f.statement, { [f.parameter]: rows.map((r) => f.param(r.row)) }, timeoutMs),
        (result) => {
          count(result);
          f.written(result, rows, s);
          checkpoint.commit(path, lastLine);
        },
      );
    };
    try {
      let lastLine = 0;
      for await (const rowsRead of file.batches()) {
        for (const { line, fields } of rowsRead) {
          lastLine = line;
          s.rows += 1;
          const checked = f.check(fields, width, col);
          if (!checked.ok) {
            if ("skip" in checked) s.skipped[checked.skip] = (s.skipped[checked.skip] ?? 0) + 1;
            else reject(s, line, checked.reason, checked.detail);
            continue;
          }
          const rows = tallyAcceptance(summary, s, line, f.accept(checked.value));
          if (!rows || line <= resumeAfter) continue;
          for (const row of rows) batch.push({ line, row });
          if (batch.length >= batchSize) await flush(line);
        }
      }
      await flush(lastLine);
      await pipeline.drain();
    } finally {
      progress?.stop();
      s.seconds = (performance.now() - fileStarted) / 1000;
    }
    summary.rows += s.rows;
    summary.loaded += s.loaded;
  }

  try {
    await load({
      name: "title.basics",
      columns: TITLE_BASICS_COLUMNS,
      check: checkTitle,
      accept: (film) => selection.acceptFilm(film),
      param: (film) => ({ ...film, year: int(film.year), runtimeMinutes: int(film.runtimeMinutes) }),
      statement: "importImdbFilms",
      parameter: "films",
      written: (result, batch, s) => {
        summary.changed.films += Number(result.rows[0]?.changed ?? 0);
        for (const c of collisions(result)) {
          const line = batch.find((b) => b.row.imdbId === c.imdbId)?.line ?? 0;
          selection.dropFilm(c.imdbId);
          s.loaded -= 1;
          reject(s, line, "key taken by another IMDb entry", `${c.imdbId}: its key is held by ${c.heldBy} in the graph`);
        }
      },
    });

    // The people to load: those credited (as cast, director or writer) on an imported film.
    const principalsPath = files["title.principals"]!;
    const principals = await openTsv(principalsPath, PRINCIPALS_COLUMNS);
    const pcol = columnsOf(principals.columns);
    for await (const rowsRead of principals.batches()) {
      for (const { fields } of rowsRead) {
        const checked = checkPrincipal(fields, principals.columns.length, pcol);
        if (checked.ok) selection.noteCredit(checked.value);
      }
    }

    await load({
      name: "name.basics",
      columns: NAME_BASICS_COLUMNS,
      check: checkName,
      accept: (person) => selection.acceptPerson(person),
      param: (person) => ({ ...person, birthYear: int(person.birthYear), deathYear: int(person.deathYear) }),
      statement: "importImdbPeople",
      parameter: "people",
      written: (result, batch, s) => {
        summary.changed.people += Number(result.rows[0]?.changed ?? 0);
        for (const c of collisions(result)) {
          const line = batch.find((b) => b.row.imdbId === c.imdbId)?.line ?? 0;
          selection.dropPerson(c.imdbId);
          s.loaded -= 1;
          reject(s, line, "key taken by another IMDb entry", `${c.imdbId}: its key is held by ${c.heldBy} in the graph`);
        }
      },
    });

    await load({
      name: "title.principals",
      columns: PRINCIPALS_COLUMNS,
      check: checkPrincipal,
      accept: (credit) => selection.acceptCredit(credit),
      param: (credit) => ({ ...credit, billing: int(credit.billing) }),
      statement: "importImdbCredits",
      parameter: "credits",
      written: (result, batch, s) => {
        const missing = batch.length - Number(result.rows[0]?.matched ?? 0);
        if (missing > 0) {
          s.loaded -= missing;
          reject(s, batch.at(-1)!.line, "film or person missing from the graph", `${missing} credits of the batch ending at line ${batch.at(-1)!.line}`);
        }
      },
    });

    await load({
      name: "title.ratings",
      columns: RATINGS_COLUMNS,
      check: checkRating,
      accept: (rating) => selection.acceptRating(rating),
      param: (rating) => ({ ...rating, votes: int(rating.votes) }),
      statement: "importImdbRatings",
      parameter: "ratings",
      written: (result) => {
        summary.changed.ratings += Number(result.rows[0]?.changed ?? 0);
      },
    });
    checkpoint.clear();
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    summary.interrupted = true;
  }
  summary.seconds = (performance.now() - started) / 1000;
  summary.rowsPerSecond = summary.rows / summary.seconds;
  return summary;
}
