import fs from "node:fs";
import path from "node:path";
import type { FilmFacts } from "../../../src/graph/catalog-writes";
import type { AnalysisResult, FilmContext } from "../../../src/ingest/analysis-types";
import { analyzeReview } from "../../../src/ingest/analysis/analyze-review";
import { filmContextFromCatalog } from "../../../src/ingest/film-context-from-catalog";
import { SEED_DIR } from "../../../src/seed/load-seed";

const themes = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "themes.json"), "utf8")).themes;
const aspects = JSON.parse(fs.readFileSync(path.join(SEED_DIR, "aspects.json"), "utf8")).aspects.map((a: { name: string }) => a.name);

/** The analysis context of a made-up or fixture film, with the shipped theme taxonomy and aspects. */
export const contextOf = (film: FilmFacts): FilmContext => filmContextFromCatalog(film, themes, aspects);

export const readFilm = (file: string): FilmFacts => JSON.parse(fs.readFileSync(file, "utf8"));

export const WHIPLASH: FilmFacts = {
  title: "Whiplash",
  year: 2014,
  directors: ["Damien Chazelle"],
  writers: ["Damien Chazelle"],
  cast: [
    { person: "Miles Teller", character: "Andrew Neiman" },
    { person: "J.K. Simmons", character: "Terence Fletcher" },
    { person: "Paul Reiser", character: "Jim Neiman" },
    { person: "Melissa Benoist", character: "Nicole" },
  ],
};

/** An invented film with a director who also wrote it and two actors: no rule may know it. */
export const SALT_ROAD: FilmFacts = {
  title: "The Salt Road",
  year: 2024,
  directors: ["Ines Calloway"],
  writers: ["Ines Calloway"],
  cast: [
    { person: "Dario Venn", character: "Amos" },
    { person: "Lotte Brey", character: "Hanne" },
  ],
};

export const analyze = (text: string, film: FilmFacts = WHIPLASH): AnalysisResult => analyzeReview(text, contextOf(film));

/** "Type:id" of every linked mention. */
export const linked = (result: AnalysisResult): string[] => result.mentions.map((m) => `${m.targetType}:${m.targetId}`);

/** "aspect:POLARITY" of every judgement. */
export const judged = (result: AnalysisResult): string[] => result.aspects.map((a) => `${a.aspect}:${a.polarity}`);
