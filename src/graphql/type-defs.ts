import fs from "node:fs";
import path from "node:path";

export const SCHEMA_DIR = path.resolve(__dirname, "../../schema");

/** The SDL files of schema/, one per domain, in a stable order. */
export function readTypeDefs(dir: string = SCHEMA_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => fs.readFileSync(path.join(dir, file), "utf8"));
}
