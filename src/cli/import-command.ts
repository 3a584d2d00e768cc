import type { Command } from "commander";
import { importVegaMovies } from "../importers/vega-movies/import-vega-movies";
import { formatImportSummary } from "./import-summary";
import { withDatabase } from "./command-database";
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
}
