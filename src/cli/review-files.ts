import fs from "node:fs";
import path from "node:path";
import { UsageError } from "./command-database";
import { readTextFile, TextFileError } from "./text-file";

/** In a folder, the files taken as reviews. */
export const REVIEW_EXTENSIONS = [".txt", ".md"];

export interface ReviewFile {
  path: string;
  text: string;
}

/**
 * The files named on the command line, folders expanded to their review files (sorted, not
 * recursive), each read as UTF-8 (or as the encoding its byte order mark or `encoding` declares,
 * see src/cli/text-file.ts). A missing or unreadable path, a file that is not valid in its
 * encoding, or no file at all, is a UsageError: nothing is stored.
 */
export function readReviewFiles(paths: string[], encoding?: string): ReviewFile[] {
  const files: string[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch {
      throw new UsageError(`cannot read ${given}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      const inside = readDir(given)
        .filter((name) => REVIEW_EXTENSIONS.includes(path.extname(name).toLowerCase()) && !name.startsWith("."))
        .sort()
        .map((name) => path.join(given, name))
        .filter((file) => fs.statSync(file).isFile());
      if (inside.length === 0) throw new UsageError(`no review files (${REVIEW_EXTENSIONS.join(", ")}) in ${given}`);
      files.push(...inside);
    } else {
      files.push(given);
    }
  }
  if (files.length === 0) throw new UsageError("no review files given");
  return files.map((file) => ({ path: file, text: readText(file, encoding) }));
}

function readDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (error) {
    throw new UsageError(`cannot read the folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function readText(file: string, encoding?: string): string {
  try {
    return readTextFile(file, encoding);
  } catch (error) {
    throw error instanceof TextFileError ? new UsageError(error.message) : error;
  }
}
