import type { Command } from "commander";
import { IMDB_BATCH_SIZE, importImdb } from "../importers/imdb/import-imdb";
import { MissingImdbFileError, findImdbFiles } from "../importers/imdb/imdb-folder";
import { importVegaMovies } from "../importers/vega-movies/import-vega-movies";
import { formatImdbImportSummary } from "./imdb-import-summary";
import { formatImportSummary } from "./import-summary";
import { UsageError, withDatabase } from "./command-database";
import { progressOnStderr } from "./progress";

export function registerImportCommand(program: Command): void {
  const command = program.command("import").description("load an outside data set into the graph");
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
    .action(async (dir: string, options: { rejected?: boolean; batchSize: number }) => {
      if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new UsageError("--batch-size must be a positive whole number");
      try {
        findImdbFiles(dir);
      } catch (error) {
        if (error instanceof MissingImdbFileError) throw new UsageError(error.message);
        throw error;
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
