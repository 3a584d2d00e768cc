import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Analyzer } from "../analysis-types";
import { aspectsFileSchema } from "../../seed/aspect-definitions";
import { filmSchema, readJson, SEED_DIR, themesSchema } from "../../seed/load-seed";
import { reviewVerdict, verdictOf, type Verdict } from "../../graphql/verdict";
import { filmContextFromCatalog } from "../film-context-from-catalog";
import { scoreOfRating } from "../rating";

/** `<name>.rating.json`: the critic's rating as written; the text is `<name>.txt`, the film `<name>.film.json`, beside it. */
const ratingFileSchema = z.object({ rating: z.string().min(1) }).passthrough();

/** One rated review: the critic's verdict (from their rating) against the verdict of the text alone. */
export interface RatedReviewVerdict {
  file: string;
  rating: string;
  /** The rating on the 0–100 scale (scoreOfRating), or null when it cannot be read ("Rated 4.0": no scale). */
  score: number | null;
  /** The rating's verdict (Metacritic's bands), or null when the rating cannot be read. */
  critic: Verdict | null;
  /**
   * The verdict of the text's words (without a rating the text itself states, which would only
   * repeat the critic's), or null when the text is in a language the analysis does not read.
   */
  text: Verdict | null;
}

/**
 * Reads rated reviews (files `<name>.rating.json`, with `<name>.txt` and `<name>.film.json` beside
 * each) and gives, for each, the critic's verdict from their rating and the verdict `analyzer`
 * reads from the text alone. This is issue 10's measure of the text sentiment's calibration: the
 * agreement of the text verdict with the rating on reviews that have both, on reviews nobody
 * annotated (the rating is the critic's own). Throws when a file or its neighbours are missing or
 * malformed.
 */
export function evaluateRatedReviews(ratingFiles: string[], analyzer: Analyzer, seedDir: string = SEED_DIR): RatedReviewVerdict[] {
  const { themes } = readJson(path.join(seedDir, "themes.json"), themesSchema);
  const aspects = readJson(path.join(seedDir, "aspects.json"), aspectsFileSchema).aspects.map((a) => a.name);
  return ratingFiles.map((file) => {
    const { rating } = readJson(file, ratingFileSchema);
    const base = file.replace(/\.rating\.json$/, "");
    const textFile = `${base}.txt`;
    if (!fs.existsSync(textFile)) throw new Error(`${file}: no review text beside it (${textFile})`);
    const film = filmContextFromCatalog(readJson(`${base}.film.json`, filmSchema), themes, aspects);
    let score: number | null = null;
    try {
      score = scoreOfRating(rating);
    } catch {
      // No readable scale: the review is listed, but counts in no agreement.
    }
    const analysis = analyzer(fs.readFileSync(textFile, "utf8"), film);
    const sentiment = analysis.statedRating ? analysis.statedRating.wordsSentiment : analysis.sentiment;
    return {
      file: path.relative(process.cwd(), file),
      rating,
      score,
      critic: score === null ? null : reviewVerdict({ sentiment: null, score }),
      text: sentiment == null ? null : verdictOf(sentiment),
    };
  });
}
