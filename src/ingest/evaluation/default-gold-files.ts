import fs from "node:fs";
import path from "node:path";
import { SEED_DIR } from "../../seed/load-seed";

export const FIXTURE_REVIEWS_DIR = path.resolve(__dirname, "../../../tests/fixtures/reviews");

const goldIn = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort().map((f) => path.join(dir, f)) : [];

/** cypher/seed/reviews/*.gold.json, then tests/fixtures/reviews/*.gold.json. */
export function defaultGoldFiles(): string[] {
  return [...goldIn(path.join(SEED_DIR, "reviews")), ...goldIn(FIXTURE_REVIEWS_DIR)];
}
