import { creditRoleIds, filmId, personId, themeId } from "../graph/ids";
import { distinctCredits, type FilmFacts, type ThemeFacts } from "../graph/catalog-writes";
import type { ContextPerson, FilmContext } from "./analysis-types";

/**
 * The analysis context of a film from its catalog facts (the cypher/seed format), with the same
 * keys the graph gets when the facts are loaded. Pure: used by the seed and the evaluation.
 */
export function filmContextFromCatalog(film: FilmFacts, themes: ThemeFacts[], aspects: string[]): FilmContext {
  const id = filmId(film.title, film.year);
  const people = new Map<string, Required<ContextPerson>>();
  const credit = (name: string, as: "cast" | "director" | "writer") => {
    const key = personId(name);
    const person = people.get(key) ?? { id: key, name: name.trim(), credits: [] };
    if (!person.credits.includes(as)) person.credits.push(as);
    people.set(key, person);
  };
  const cast = distinctCredits(film.cast ?? []);
  // A fresh graph gives each credit its plain role key unless an earlier credit holds it.
  const roleIds = creditRoleIds(id, cast).map((r) => (r.firstOfCharacter ? r.roleId : r.personRoleId));
  for (const c of cast) credit(c.person, "cast");
  for (const name of film.directors ?? []) credit(name, "director");
  for (const name of film.writers ?? []) credit(name, "writer");
  return {
    filmId: id,
    title: film.title.trim(),
    year: film.year ?? null,
    people: [...people.values()],
    roles: cast.map((c, i) => ({ id: roleIds[i]!, name: c.character.trim(), personId: personId(c.person), billing: i + 1 })),
    themes: themes.map((t) => ({
      id: themeId(t.name),
      name: t.name,
      synonyms: t.synonyms ?? [],
      patterns: t.patterns ?? [],
      broader: (t.broader ?? []).map(themeId),
    })),
    aspects: [...aspects],
    genres: (film.genres ?? []).map((g) => g.toLowerCase()),
  };
}
