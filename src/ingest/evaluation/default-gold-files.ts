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

/**
 * The blind development set: reviews written and annotated by someone who had not read the
 * analysis rules (tests/fixtures/dev-reviews, same layout as tests/fixtures/reviews).
 */
export const DEV_REVIEWS_DIR = path.resolve(__dirname, "../../../tests/fixtures/dev-reviews");

export interface GoldSet {
  name: string;
  files: string[];
}

/** The sets `npm run eval` reports on, each on its own: the old fixtures, and the development set when present. */
export function defaultGoldSets(): GoldSet[] {
  const sets = [{ name: "old fixtures (seed + tests/fixtures/reviews, written by the rules' authors)", files: defaultGoldFiles() }];
  const dev = goldIn(DEV_REVIEWS_DIR);
  if (dev.length > 0) sets.push({ name: "development set (tests/fixtures/dev-reviews, blind)", files: dev });
  return sets;
}
