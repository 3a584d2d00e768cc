import fs from "node:fs";
import path from "node:path";
import criticism from "./criticism-lexicon.json";

export const criticismLexicon = criticism;

let vader: Map<string, number> | undefined;

/** VADER's word valences (-4..4), read once from the lexicon file the vader-sentiment package ships. */
export function vaderValences(): Map<string, number> {
  if (vader) return vader;
  const file = path.join(path.dirname(require.resolve("vader-sentiment/package.json")), "vader_lexicon.txt");
  vader = new Map();
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const [word, valence] = line.split("\t");
    if (word && valence) vader.set(word, Number(valence));
  }
  return vader;
}

const craftValence = new Map(Object.entries(criticism.craftValence));
const intensityPraise = new Set(criticism.intensityPraise);

export interface WordValence {
  value: number;
  /** From the critic's lexicon (a judgement word), not VADER's general one. */
  critical: boolean;
}

/** Valence of a word in a review: the critic's sense first, then VADER's general one. */
export function wordValence(normal: string, lemma: string, aboutCraft: boolean): WordValence {
  if (intensityPraise.has(normal) || intensityPraise.has(lemma)) return { value: aboutCraft ? 1.6 : 0, critical: true };
  const craft = craftValence.get(normal) ?? craftValence.get(lemma);
  if (craft !== undefined) return { value: craft, critical: true };
  const lexicon = vaderValences();
  return { value: lexicon.get(normal) ?? lexicon.get(lemma) ?? 0, critical: false };
}
