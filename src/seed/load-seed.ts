import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CYPHER_DIR } from "../db/cypher-registry";
import type { Database } from "../db/database";
import { upsertAspects, upsertFilm, upsertThemes } from "../graph/catalog-writes";
import { filmId } from "../graph/ids";
import { storeReview } from "../graph/review-writes";
import { goldToAnalysis, readGoldReview } from "./gold-annotation";

export const SEED_DIR = path.join(CYPHER_DIR, "seed");
export const GOLD_ANALYZER_VERSION = "gold-annotation";

const filmSchema = z.object({
  title: z.string().min(1),
  year: z.number().int().nullable().optional(),
  runtimeMinutes: z.number().int().positive().nullable().optional(),
  directors: z.array(z.string().min(1)).default([]),
  writers: z.array(z.string().min(1)).default([]),
  cast: z.array(z.object({ person: z.string().min(1), character: z.string().min(1) })).default([]),
});
const themesSchema = z.object({
  themes: z.array(
    z.object({
      name: z.string().min(1),
      broader: z.array(z.string()).default([]),
      synonyms: z.array(z.string()).default([]),
      patterns: z.array(z.string()).default([]),
    }),
  ),
});
const aspectsSchema = z.object({ aspects: z.array(z.string().min(1)) });

function readJson<T>(file: string, schema: z.ZodType<T>): T {
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
 * Loads the catalog facts of cypher/seed (theme taxonomy, aspects, films, annotated reviews) in one
 * write transaction. Every write is a MERGE on keys, so loading again changes nothing.
 */
export async function loadSeed(db: Database, dir: string = SEED_DIR): Promise<SeedSummary> {
  const { themes } = readJson(path.join(dir, "themes.json"), themesSchema);
  const { aspects } = readJson(path.join(dir, "aspects.json"), aspectsSchema);
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

  await db.write(async (tx) => {
    await upsertThemes(tx, themes);
    await upsertAspects(tx, aspects);
    for (const film of films) await upsertFilm(tx, film);
    for (const review of reviews) {
      const { annotation, text } = review;
      await storeReview(tx, {
        filmId: filmId(annotation.film.title, annotation.film.year),
        text,
        author: annotation.author,
        source: annotation.source,
        publishedAt: annotation.publishedAt,
        analyzerVersion: GOLD_ANALYZER_VERSION,
        analysis: goldToAnalysis(review),
      });
    }
  });
  return { themes: themes.length, films: films.length, reviews: reviews.length };
}
