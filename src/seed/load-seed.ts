import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CYPHER_DIR } from "../db/cypher-registry";
import type { Database } from "../db/database";
import { upsertAspects, upsertFilm, upsertThemes } from "../graph/catalog-writes";
import { filmId } from "../graph/ids";
import { storeReview } from "../graph/review-writes";
import { defaultAnalyzer } from "../ingest/default-analyzer";
import { filmContextFromCatalog } from "../ingest/film-context-from-catalog";
import type { ReviewAnalyzer } from "../ingest/review-analyzer";
import { aspectsFileSchema } from "./aspect-definitions";
import { readGoldReview } from "./gold-annotation";
import { isTimedOut } from "../graphql/errors";

export const SEED_DIR = path.join(CYPHER_DIR, "seed");

export const filmSchema = z.object({
  title: z.string().min(1),
  year: z.number().int().nullable().optional(),
  runtimeMinutes: z.number().int().positive().nullable().optional(),
  directors: z.array(z.string().min(1)).default([]),
  writers: z.array(z.string().min(1)).default([]),
  cast: z.array(z.object({ person: z.string().min(1), character: z.string().min(1) })).default([]),
  genres: z.array(z.string().min(1)).optional(),
});
export const themesSchema = z.object({
  themes: z.array(
    z.object({
      name: z.string().min(1),
      broader: z.array(z.string()).default([]),
      synonyms: z.array(z.string()).default([]),
      patterns: z.array(z.string()).default([]),
    }),
  ),
});
export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return parsed.data;
}

const jsonFiles = (dir: string, suffix: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(suffix)).sort().map((f) => path.join(dir, f)) : [];

export interface SeedSummary {
  themes: number;
  films: number;
  reviews: number;
}

/**
 * Loads the catalog facts of cypher/seed (theme taxonomy, aspects, films, reviews) in one write
 * transaction. A review's links come from the analysis of its text; its gold annotation (which
 * stays the gold standard of the analysis) gives the review's film, author and source. Every write
 * is a MERGE on keys and a review's links replace the earlier ones, so loading again changes nothing.
 * A transaction Neo4j stops at the write timeout is tried again, SEED_ATTEMPTS times in all; other
 * errors, and the last timeout, are thrown.
 */
export async function loadSeed(
  db: Database,
  analyzer: ReviewAnalyzer = defaultAnalyzer,
  dir: string = SEED_DIR,
): Promise<SeedSummary> {
  const { themes } = readJson(path.join(dir, "themes.json"), themesSchema);
  const aspects = readJson(path.join(dir, "aspects.json"), aspectsFileSchema).aspects.map((a) => a.name);
  const films = jsonFiles(path.join(dir, "films"), ".json").map((f) => readJson(f, filmSchema));
  const reviews = jsonFiles(path.join(dir, "reviews"), ".gold.json").map(readGoldReview);

  const themeNames = new Set(themes.map((t) => t.name));
  const aspectNames = new Set(aspects);
  for (const review of reviews) {
    for (const t of review.annotation.themes) {
      if (!themeNames.has(t.theme)) throw new Error(`${review.file}: theme "${t.theme}" is not in themes.json`);
    }
    for (const a of review.annotation.aspects) {
      if (!aspectNames.has(a.aspect)) throw new Error(`${review.file}: aspect "${a.aspect}" is not in aspects.json`);
    }
  }

  const analysed = reviews.map((review) => {
    const { annotation, text } = review;
    const id = filmId(annotation.film.title, annotation.film.year);
    const film = films.find((f) => filmId(f.title, f.year) === id);
    if (!film) throw new Error(`${review.file}: film "${annotation.film.title}" is not in ${path.join(dir, "films")}`);
    const { sentiment, language, mentions, themes: themeLinks, aspects: judgements, unresolved, recommendations } = analyzer.analyze(
      text,
      filmContextFromCatalog(film, themes, aspects),
    );
    return {
      filmId: id,
      text,
      author: annotation.author,
      source: annotation.source,
      publishedAt: annotation.publishedAt,
      analyzerVersion: analyzer.version,
      analysis: { sentiment, language, mentions, themes: themeLinks, aspects: judgements },
      unresolved,
      recommendations,
    };
  });

  for (let attempt = 1; ; attempt++) {
    try {
      await db.write(async (tx) => {
        await upsertThemes(tx, themes);
        await upsertAspects(tx, aspects);
        for (const film of films) await upsertFilm(tx, film);
        for (const record of analysed) await storeReview(tx, record);
      });
      break;
    } catch (error) {
      // The first load compiles every write statement's plan; on a busy machine that can outlast the
      // write timeout. The transaction rolled back whole, and the plans it compiled are cached.
      if (attempt >= SEED_ATTEMPTS || !isTimedOut(error)) throw error;
    }
  }
  return { themes: themes.length, films: films.length, reviews: reviews.length };
}

/** How many times the seed's write is tried when Neo4j stops it at the write timeout. */
export const SEED_ATTEMPTS = 3;
