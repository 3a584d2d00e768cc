import fs from "node:fs";
import path from "node:path";

/** The IMDb files an import reads, by their data set name. title.ratings is optional. */
export const IMDB_FILES = ["title.basics", "name.basics", "title.principals", "title.ratings"] as const;
export type ImdbFileName = (typeof IMDB_FILES)[number];
const REQUIRED: readonly ImdbFileName[] = ["title.basics", "name.basics", "title.principals"];

export class MissingImdbFileError extends Error {}

/**
 * The files of an IMDb folder: `<name>.tsv.gz` (as IMDb publishes them) or `<name>.tsv`.
 * Throws MissingImdbFileError when the folder or a required file is missing.
 */
export function findImdbFiles(dir: string): Partial<Record<ImdbFileName, string>> {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new MissingImdbFileError(`${dir} is not a folder`);
  const found: Partial<Record<ImdbFileName, string>> = {};
  for (const name of IMDB_FILES) {
    const file = [`${name}.tsv.gz`, `${name}.tsv`].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
    if (file) found[name] = file;
  }
  const missing = REQUIRED.filter((name) => !found[name]);
  if (missing.length) {
    throw new MissingImdbFileError(`${dir} lacks ${missing.map((m) => `${m}.tsv(.gz)`).join(", ")} (IMDb non-commercial data set files)`);
  }
  return found;
}
