import path from "node:path";
import type { Database } from "../db/database";
import { upsertAspects, upsertThemes } from "../graph/catalog-writes";
import { storeReview, type ReviewRecord } from "../graph/review-writes";
import { aspectsFileSchema } from "../seed/aspect-definitions";
import { readJson, SEED_DIR, themesSchema } from "../seed/load-seed";
import type { FilmContext } from "./analysis-types";
import { readFilmContext } from "./film-context";
import { scoreOfRating } from "./rating";
import type { ReviewAnalyzer } from "./review-analyzer";

export interface ReanalyzeOptions {
  /** Only this film's reviews (its key, `sound-of-metal-2019`); every review when absent. */
  filmId?: string;
  /** Reviews per write transaction (default 50). */
  batchSize?: number;
  progress?: { start(total: number): void; advance(by: number, detail?: string): void; stop(): void };
}

export interface ReanalyzeSummary {
  reviews: number;
  films: number;
  analyzerVersion: string;
}

interface StoredReview {
  id: string;
  filmId: string;
  text: string;
  author: string | null;
  source: string | null;
  publishedAt: unknown;
  url: string | null;
  rating: string | null;
}

/**
 * Re-runs the analyzer over stored reviews and replaces every link derived from them (mentions,
 * themes, aspect judgements, unresolved names, recommendations, sentiment, language), each link
 * carrying the new analyzerVersion. First brings the shipped aspects and theme taxonomy into the
 * graph (an older database lacks aspects the analyzer now judges). Works in batches of
 * `batchSize` reviews, one write transaction each: a failure leaves earlier batches done and the
 * rest as they were, and running it again is safe (the same analyzer gives the same links).
 * What the client sent (text, author, source, dates, url, rating) is kept; the score is re-read
 * from the rating. Returns how many reviews of how many films were re-analysed.
 */
export async function reanalyzeReviews(db: Database, analyzer: ReviewAnalyzer, options: ReanalyzeOptions = {}): Promise<ReanalyzeSummary> {
  const batchSize = options.batchSize ?? 50;
  const { themes } = readJson(path.join(SEED_DIR, "themes.json"), themesSchema);
  const aspects = readJson(path.join(SEED_DIR, "aspects.json"), aspectsFileSchema).aspects.map((a) => a.name);
  await db.write(async (tx) => {
    await upsertThemes(tx, themes);
    await upsertAspects(tx, aspects);
  });

  const work = (await db.read("reviewIds", { filmId: options.filmId ?? null })) as { id: string; filmId: string }[];
  options.progress?.start(work.length);
  const contexts = new Map<string, FilmContext | null>();
  for (let at = 0; at < work.length; at += batchSize) {
    const batch = work.slice(at, at + batchSize);
    const rows = await db.read("reviewsById", { ids: batch.map((b) => b.id) });
    // A review deleted while it was read comes back without its text: there is nothing to reanalyze.
    const reviews = rows.map((row) => row.node as StoredReview).filter((review) => review.text != null && review.filmId != null);
    const records: ReviewRecord[] = [];
    for (const review of reviews) {
      if (!contexts.has(review.filmId)) contexts.set(review.filmId, await readFilmContext(db, review.filmId));
      const context = contexts.get(review.filmId);
      if (!context) continue;
      const analysis = analyzer.analyze(review.text, context);
      records.push({
        filmId: review.filmId,
        text: review.text,
        author: review.author,
        source: review.source,
        publishedAt: review.publishedAt as string | null,
        url: review.url,
        rating: review.rating,
        score: review.rating == null ? null : scoreOfRating(review.rating),
        analyzerVersion: analyzer.version,
        analysis,
        unresolved: analysis.unresolved,
        recommendations: analysis.recommendations,
      });
    }
    await db.write(async (tx) => {
      for (const record of records) await storeReview(tx, record);
    });
    options.progress?.advance(batch.length, batch[batch.length - 1]!.id);
  }
  options.progress?.stop();
  return { reviews: work.length, films: new Set(work.map((w) => w.filmId)).size, analyzerVersion: analyzer.version };
}
