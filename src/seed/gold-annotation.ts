import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { filmId, personId, roleId, themeId } from "../graph/ids";
import type { Evidence, ReviewAnalysis } from "../graph/review-writes";

const polarity = z.enum(["POSITIVE", "NEGATIVE", "MIXED", "NEUTRAL"]);

/** A hand-annotated review: what a careful reader finds in it. The gold standard for the analysis. */
export const goldAnnotationSchema = z.object({
  about: z.string().optional(),
  film: z.object({ title: z.string().min(1), year: z.number().int().nullable().optional() }),
  text: z.string().min(1),
  author: z.string().nullable().optional(),
  source: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  /** The critic's rating as written, when the review has one ("3.5/4", "B+"): the evaluation compares the text's verdict with it. */
  rating: z.string().nullable().optional(),
  sentiment: z.number().min(-1).max(1),
  mentions: z.array(
    z.object({
      target: z.object({ type: z.enum(["Person", "Role"]), name: z.string().min(1) }),
      surface: z.string().min(1),
      polarity,
      evidence: z.string().min(1),
    }),
  ),
  themes: z.array(z.object({ theme: z.string().min(1), salience: z.number().gt(0).max(1), evidence: z.string().min(1) })),
  aspects: z.array(
    z.object({ aspect: z.string().min(1), polarity, evidence: z.string().min(1), note: z.string().optional() }),
  ),
});

export type GoldAnnotation = z.infer<typeof goldAnnotationSchema>;

export interface GoldReview {
  file: string;
  annotation: GoldAnnotation;
  /** The review text, read from the file the annotation names (relative to it). */
  text: string;
}

/**
 * Reads a gold annotation file and the review text it names. Throws one sentence naming the file
 * when it cannot be read, is not JSON, or does not have the annotation's shape.
 */
export function readGoldReview(file: string): GoldReview {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new Error(`${file}: no such file`);
    if (code === "EISDIR") throw new Error(`${file}: is a folder, not a gold annotation file`);
    if (error instanceof SyntaxError) throw new Error(`${file}: not a JSON gold annotation (${error.message})`);
    throw new Error(`${file}: cannot be read (${(error as Error).message})`);
  }
  const parsed = goldAnnotationSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  const textFile = path.resolve(path.dirname(file), parsed.data.text);
  if (!fs.existsSync(textFile)) throw new Error(`${file}: the review text it names, ${textFile}, does not exist`);
  const text = fs.readFileSync(textFile, "utf8");
  return { file, annotation: parsed.data, text };
}

function locate(text: string, sentence: string, where: string): Evidence {
  const start = text.indexOf(sentence);
  if (start < 0) throw new Error(`${where}: the evidence is not a passage of the review: "${sentence.slice(0, 60)}..."`);
  return { evidence: sentence, start, end: start + sentence.length };
}

/** The annotation as links to store: target ids from the catalog's names, offsets from the text. */
export function goldToAnalysis(gold: GoldReview): ReviewAnalysis {
  const { annotation, text, file } = gold;
  const film = filmId(annotation.film.title, annotation.film.year);
  return {
    sentiment: annotation.sentiment,
    mentions: annotation.mentions.map((m, i) => {
      const sentence = locate(text, m.evidence, `${file} mentions[${i}]`);
      const offset = m.evidence.indexOf(m.surface);
      if (offset < 0) throw new Error(`${file} mentions[${i}]: "${m.surface}" is not in its evidence`);
      return {
        evidence: m.evidence,
        start: sentence.start + offset,
        end: sentence.start + offset + m.surface.length,
        targetType: m.target.type,
        targetId: m.target.type === "Person" ? personId(m.target.name) : roleId(film, m.target.name),
        polarity: m.polarity,
      };
    }),
    themes: annotation.themes.map((t, i) => ({
      ...locate(text, t.evidence, `${file} themes[${i}]`),
      themeId: themeId(t.theme),
      salience: t.salience,
    })),
    aspects: annotation.aspects.map((a, i) => ({
      ...locate(text, a.evidence, `${file} aspects[${i}]`),
      aspect: a.aspect,
      polarity: a.polarity,
    })),
  };
}
