import fs from "node:fs";
import path from "node:path";

/** The API contract, copied from shared/contract so a clone is self-contained (a test keeps the copy equal). */
export const CONTRACT_DIR = path.join(__dirname, "..", "contract");

export function readContract(file: string): string {
  return fs.readFileSync(path.join(CONTRACT_DIR, file), "utf8");
}
