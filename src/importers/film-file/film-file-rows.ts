import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { TextEntryError, parseCastEntry, parsePersonIds, wholeNumber } from "./film-text-entries";
import { FILM_INPUT_FIELDS, filmInputShapeProblem } from "./film-input-fields";

export const FILM_FILE_FORMATS = ["json", "jsonl", "csv"] as const;
export type FilmFileFormat = (typeof FILM_FILE_FORMATS)[number];

/** The separator of list cells in CSV (directors, writers, cast, people): `Joel Coen | Ethan Coen`. */
export const CSV_LIST_SEPARATOR = "|";

/** One film of a file: its input, or why it cannot be one (rejected before validation). */
export interface FilmFileRow {
  /** The film's position in the file, from 1 (the first element, non-blank line or record after the header). */
  row: number;
  /** The line it starts on, for line-based formats (JSON Lines, CSV); null in a JSON array. */
  line: number | null;
  /** The title as the row gives it, when it gives one (to name a rejected row). */
  title: string | null;
  /** The parsed FilmInput-shaped value, still to be validated; absent when `problem` is set. */
  input?: unknown;
  problem?: string;
}

/** A file that cannot be read as films at all (not JSON, an unknown CSV column ...): nothing is written. */
export class FilmFileError extends Error {
  override readonly name = "FilmFileError";
}

/** The format of a film file: `--format` when given, else by extension (.json, .jsonl/.ndjson, .csv). */
export function filmFileFormat(file: string, given?: string): FilmFileFormat {
  if (given !== undefined) {
    if ((FILM_FILE_FORMATS as readonly string[]).includes(given)) return given as FilmFileFormat;
    throw new FilmFileError(`--format must be one of ${FILM_FILE_FORMATS.join(", ")}, got "${given}"`);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".csv") return "csv";
  throw new FilmFileError(`cannot tell the format of ${file} from its extension: name it .json, .jsonl or .csv, or give --format`);
}

const firstLine = (message: string) => message.split("\n")[0]!.replace(/\.$/, "");

/** The films of a file's text (see filmFileFormat); a file that is not one throws FilmFileError. */
export function filmFileRows(text: string, format: FilmFileFormat, file: string): FilmFileRow[] {
  // A JSON file that is not an array is taken as JSON Lines (one object per line).
  if (format === "json" && text.trimStart().startsWith("[")) return jsonArrayRows(text, file);
  if (format === "csv") return csvRows(text, file);
  return jsonLinesRows(text);
}

const titleOf = (value: unknown): string | null => {
  const title = typeof value === "object" && value !== null ? (value as { title?: unknown }).title : undefined;
  return typeof title === "string" ? title : null;
};

const checked = (row: number, line: number | null, input: unknown): FilmFileRow => {
  const problem = filmInputShapeProblem(input);
  const title = titleOf(input);
  return problem ? { row, line, title, problem } : { row, line, title, input };
};

function jsonArrayRows(text: string, file: string): FilmFileRow[] {
  let films: unknown;
  try {
    films = JSON.parse(text);
  } catch (error) {
    throw new FilmFileError(`cannot read ${file}: it is not valid JSON (${firstLine((error as Error).message)})`);
  }
  if (!Array.isArray(films)) throw new FilmFileError(`cannot read ${file}: a JSON file must hold an array of films`);
  return films.map((film, i) => checked(i + 1, null, film));
}

function jsonLinesRows(text: string): FilmFileRow[] {
  const rows: FilmFileRow[] = [];
  for (const [i, lineText] of text.split(/\r?\n/).entries()) {
    if (lineText.trim() === "") continue;
    const row = rows.length + 1;
    try {
      rows.push(checked(row, i + 1, JSON.parse(lineText)));
    } catch (error) {
      rows.push({ row, line: i + 1, title: null, problem: `not valid JSON (${firstLine((error as Error).message)})` });
    }
  }
  return rows;
}

const listCell = (cell: string) =>
  cell
    .split(CSV_LIST_SEPARATOR)
    .map((v) => v.trim())
    .filter((v) => v !== "");

/** A CSV record as a FilmInput-shaped value: numbers read, lists split, entries parsed. Throws a reason. */
function filmOfRecord(columns: string[], record: string[]): Record<string, unknown> {
  if (record.length !== columns.length) throw new TextEntryError(`it has ${record.length} fields where the header has ${columns.length}`);
  const film: Record<string, unknown> = {};
  for (const [i, column] of columns.entries()) {
    const cell = record[i]!.trim();
    if (cell === "") continue;
    if (column === "year" || column === "runtimeMinutes") {
      const n = wholeNumber(cell);
      if (n === null) throw new TextEntryError(`${column}: "${cell}" is not a whole number`);
      film[column] = n;
    } else if (column === "directors" || column === "writers") film[column] = listCell(cell);
    else if (column === "cast") film.cast = listCell(cell).map(parseCastEntry);
    else if (column === "people") film.people = parsePersonIds(listCell(cell));
    else film[column] = cell;
  }
  return film;
}

function csvRows(text: string, file: string): FilmFileRow[] {
  let records: string[][];
  const endLines: number[] = []; // the line each record ends on
  try {
    records = parseCsv(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        endLines.push(context.lines);
        return record;
      },
    });
  } catch (error) {
    throw new FilmFileError(`cannot read ${file}: it is not valid CSV (${firstLine((error as Error).message)})`);
  }
  const [header, ...body] = records;
  if (!header || header.every((name) => name.trim() === "")) throw new FilmFileError(`cannot read ${file}: it is empty (a CSV file starts with a header row naming its columns)`);
  // Columns are FilmInput's field names, in any case and order.
  const columns = header.map((name) => {
    const field = FILM_INPUT_FIELDS.find((f) => f.toLowerCase() === name.trim().toLowerCase());
    if (!field) throw new FilmFileError(`${file}: unknown column "${name}" in the header (the columns are ${FILM_INPUT_FIELDS.join(", ")})`);
    return field;
  });
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated) throw new FilmFileError(`${file}: the header names the column ${repeated} twice`);
  if (!columns.includes("title")) throw new FilmFileError(`${file}: the header has no title column (the columns are ${FILM_INPUT_FIELDS.join(", ")})`);
  return body.map((record, i) => {
    // A quoted field may span lines: the record starts as many lines before its end as its fields hold.
    const line = endLines[i + 1]! - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const titleCell = record[columns.indexOf("title")]?.trim();
    const title = titleCell ? titleCell : null;
    try {
      return { row: i + 1, line, title, input: filmOfRecord(columns, record) };
    } catch (error) {
      if (error instanceof TextEntryError) return { row: i + 1, line, title, problem: error.message };
      throw error;
    }
  });
}
