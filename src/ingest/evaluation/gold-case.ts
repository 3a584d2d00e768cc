import fs from "node:fs";
import path from "node:path";
import type { FilmContext } from "../analysis-types";
import { filmId } from "../../graph/ids";
import { readGoldReview, type GoldReview } from "../../seed/gold-annotation";
import { filmSchema, readJson, SEED_DIR, themesSchema } from "../../seed/load-seed";
import { aspectsFileSchema } from "../../seed/aspect-definitions";
import { filmContextFromCatalog } from "../film-context-from-catalog";

/** A gold review with the catalog context of its film. */
export interface GoldCase {
  gold: GoldReview;
  film: FilmContext;
}

/**
 * The film facts of a gold file: `<name>.film.json` beside it (tests/fixtures/reviews), or the
 * seed film with the same title and year (cypher/seed/reviews -> cypher/seed/films).
 */
function filmFileFor(goldFile: string, gold: GoldReview): string {
  const beside = goldFile.replace(/\.gold\.json$/, ".film.json");
  if (fs.existsSync(beside)) return beside;
  const wanted = filmId(gold.annotation.film.title, gold.annotation.film.year);
  const filmsDir = path.join(path.dirname(goldFile), "..", "films");
  const candidates = fs.existsSync(filmsDir) ? fs.readdirSync(filmsDir).filter((f) => f.endsWith(".json")) : [];
  for (const name of candidates) {
    const file = path.join(filmsDir, name);
    const film = readJson(file, filmSchema);
    if (filmId(film.title, film.year) === wanted) return file;
  }
  throw new Error(`${goldFile}: no film facts for "${gold.annotation.film.title}" (looked for ${beside} and in ${filmsDir})`);
}

/** Reads gold files and their films against the shipped theme taxonomy and aspects. Throws on a malformed file. */
export function readGoldCases(goldFiles: string[], seedDir: string = SEED_DIR): GoldCase[] {
  const { themes } = readJson(path.join(seedDir, "themes.json"), themesSchema);
  const aspects = readJson(path.join(seedDir, "aspects.json"), aspectsFileSchema).aspects.map((a) => a.name);
  const themeNames = new Set(themes.map((t) => t.name));
  const aspectNames = new Set(aspects);
  return goldFiles.map((file) => {
    const gold = readGoldReview(file);
    for (const t of gold.annotation.themes) {
      if (!themeNames.has(t.theme)) throw new Error(`${file}: theme "${t.theme}" is not in themes.json`);
    }
    for (const a of gold.annotation.aspects) {
      if (!aspectNames.has(a.aspect)) throw new Error(`${file}: aspect "${a.aspect}" is not in aspects.json`);
    }
    const facts = readJson(filmFileFor(file, gold), filmSchema);
    const film = filmContextFromCatalog(facts, themes, aspects);
    const annotated = filmId(gold.annotation.film.title, gold.annotation.film.year);
    if (film.filmId !== annotated) throw new Error(`${file}: the film facts are for ${film.filmId}, the annotation for ${annotated}`);
    return { gold, film };
  });
}
