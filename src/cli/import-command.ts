import type { Command } from "commander";
import { IMDB_BATCH_SIZE, importImdb } from "../importers/imdb/import-imdb";
import { MissingImdbFileError, findImdbFiles } from "../importers/imdb/imdb-folder";
import { importVegaMovies } from "../importers/vega-movies/import-vega-movies";
import { formatImdbImportSummary } from "./imdb-import-summary";
import { formatBulkPhases, runBulkImdbImport } from "./imdb-bulk-command";
import { loadConfig } from "../config";
import { formatImportSummary } from "./import-summary";
import { UsageError, withDatabase } from "./command-database";
import { progressOnStderr } from "./progress";
import { FilmFileError, filmFileFormat, filmFileRows, CSV_LIST_SEPARATOR } from "../importers/film-file/film-file-rows";
import { importFilmRows } from "../importers/film-file/import-film-file";
import { formatFilmImportSummary } from "./film-import-summary";
import { oneLineUsageErrors } from "./one-line-usage-errors";
import { readTextFile } from "./text-file";

export function registerImportCommand(program: Command): void {
  const command = program.command("import").description("load an outside data set into the graph");
  const films = command
    .command("films")
    .argument("<file>", "films in the FilmInput shape: a JSON array, JSON Lines, or CSV with a header row")
    .description("add or update the films of a file, each as the GraphQL mutation upsertFilm would (one transaction per film)")
    .option("--format <format>", "json, jsonl or csv (default: by the file's extension, .json, .jsonl/.ndjson, .csv)")
    .option("--encoding <label>", "the file's encoding when it is not UTF-8 (e.g. windows-1252); a byte order mark declares it too")
    .addHelpText(
      "after",
      `\nCSV columns are FilmInput's fields (title, year, runtimeMinutes, directors, writers, cast, imdbId, wikidataId, people);\n` +
        `list cells separate their entries with "${CSV_LIST_SEPARATOR}", a cast entry is "NAME as CHARACTER", a people entry "NAME=ID" (nm… or Q…).\n` +
        "A film that cannot be written is rejected with its row and reason; the others are written. Running it again changes nothing.\n" +
        "Exit status: 0 when no film was rejected, 1 when any was, or on bad usage (an unreadable file: nothing written).",
    )
    .action(async (file: string, options: { format?: string; encoding?: string }) => {
      let rows;
      try {
        rows = filmFileRows(readTextFile(file, options.encoding), filmFileFormat(file, options.format), file);
      } catch (error) {
        if (error instanceof FilmFileError) throw new UsageError(error.message);
        throw error;
      }
      const summary = await withDatabase((db) => importFilmRows(db, rows, progressOnStderr("importing films", "films")));
      process.stdout.write(formatFilmImportSummary(summary, file));
      if (summary.rejected.length > 0) process.exitCode = 1;
    });
  oneLineUsageErrors(films);
  command
    .command("vega-movies")
    .description("load data/movies.json of the vega-datasets package (films, directors, genres, critic scores)")
    .option("--rejected", "list every rejected row with its reason")
    .action(async (options: { rejected?: boolean }) => {
      const summary = await withDatabase((db) =>
        importVegaMovies(db, { progress: progressOnStderr("vega movies", "films") }),
      );
      process.stdout.write(formatImportSummary(summary, Boolean(options.rejected)));
    });
  command
    .command("imdb")
    .argument("<dir>", "folder with title.basics, name.basics, title.principals and optionally title.ratings (.tsv or .tsv.gz)")
    .description("load films, people, credits and ratings of the IMDb non-commercial data set (resumes an interrupted import)")
    .option("--rejected", "list the rejected rows with their reasons")
    .option("--batch-size <rows>", "rows per write transaction", (v) => Number.parseInt(v, 10), IMDB_BATCH_SIZE)
    .option("--bulk", "first load into an empty database with neo4j-admin database import (the embedded Neo4j only, stopped; see docs/imdb-import.md)")
    .action(async (dir: string, options: { rejected?: boolean; batchSize: number; bulk?: boolean }) => {
      if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new UsageError("--batch-size must be a positive whole number");
      try {
        findImdbFiles(dir);
      } catch (error) {
        if (error instanceof MissingImdbFileError) throw new UsageError(error.message);
        throw error;
      }
      if (options.bulk) {
        const summary = await runBulkImdbImport(dir, loadConfig());
        process.stdout.write(formatImdbImportSummary(summary, Boolean(options.rejected)) + formatBulkPhases(summary));
        return;
      }
      const summary = await withDatabase((db, _opened, config) =>
        importImdb(db, dir, {
          stateDir: config.stateDir,
          batchSize: options.batchSize,
          progress: (file) => progressOnStderr(`imdb ${file}`, "kB"),
        }),
      );
      process.stdout.write(formatImdbImportSummary(summary, Boolean(options.rejected)));
    });
}
