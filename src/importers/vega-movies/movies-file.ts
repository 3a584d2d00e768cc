import fs from "node:fs";
import path from "node:path";
import { readTextFile } from "../../cli/text-file";

/**
 * data/movies.json of the vega-datasets package. Its `exports` map hides both package.json and the
 * data folder from require.resolve, so the package folder is found from its main entry.
 */
export function vegaMoviesPath(): string {
  let dir = path.dirname(require.resolve("vega-datasets"));
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string }).name === "vega-datasets") {
      return path.join(dir, "data", "movies.json");
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("vega-datasets is installed but its package folder was not found");
    dir = parent;
  }
}

export function readVegaMovies(file: string = vegaMoviesPath()): unknown[] {
  // JSON is UTF-8 (RFC 8259 §8.1): anything else is refused with the reason, never read with U+FFFD.
  const rows: unknown = JSON.parse(readTextFile(file));
  if (!Array.isArray(rows)) throw new Error(`${file} is not a JSON array of films`);
  return rows;
}
