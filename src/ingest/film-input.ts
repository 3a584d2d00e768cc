import { z } from "zod";
import type { FilmFacts } from "../graph/catalog-writes";
import { parseInput } from "./input-errors";
import { MAX_CAST, MAX_CREW, MAX_NAME_CHARS, MAX_TITLE_CHARS, MAX_YEAR, MIN_YEAR } from "./limits";

const name = (what: string, max = MAX_NAME_CHARS) =>
  z
    .string()
    // Text is NFC at the boundary (UAX #15): the same name typed in any normalization form is one name.
    .transform((v) => v.normalize("NFC").trim())
    .refine((v) => v !== "", { message: `${what} must not be empty or only whitespace` })
    .refine((v) => v.length <= max, { message: `${what} must be at most ${max} characters` });

/** IMDb title ids (`tt0000001`) and name ids (`nm0000001`): the prefix and at least seven digits. */
const imdbId = (prefix: "tt" | "nm") =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^${prefix}\\d{7,}$`), { message: `must be an IMDb id such as ${prefix}0000001` })
    .nullish();
/** Wikidata item ids: Q and a positive number (`Q42`). */
const wikidataId = z
  .string()
  .trim()
  .regex(/^Q[1-9]\d*$/, { message: "must be a Wikidata item id such as Q42" })
  .nullish();

const filmSchema = z.object({
  title: name("the title", MAX_TITLE_CHARS),
  year: z
    .number()
    .int()
    .min(MIN_YEAR, { message: `must be between ${MIN_YEAR} and ${MAX_YEAR}` })
    .max(MAX_YEAR, { message: `must be between ${MIN_YEAR} and ${MAX_YEAR}` })
    .nullish(),
  runtimeMinutes: z.number().int().min(1, { message: "must be a positive number of minutes" }).max(10_000).nullish(),
  directors: z.array(name("a name")).max(MAX_CREW, { message: `at most ${MAX_CREW} names` }).nullish(),
  writers: z.array(name("a name")).max(MAX_CREW, { message: `at most ${MAX_CREW} names` }).nullish(),
  cast: z
    .array(z.object({ person: name("the person's name"), character: name("the character's name") }))
    .max(MAX_CAST, { message: `at most ${MAX_CAST} credits` })
    .nullish(),
  imdbId: imdbId("tt"),
  wikidataId,
  people: z
    .array(z.object({ name: name("the person's name"), imdbId: imdbId("nm"), wikidataId }))
    .max(MAX_CAST + 2 * MAX_CREW, { message: `at most ${MAX_CAST + 2 * MAX_CREW} people` })
    .nullish(),
});

/** Checks a film before anything is written; throws InvalidInputError saying what to fix. */
export function validateFilm(input: unknown): FilmFacts {
  const film = parseInput(filmSchema, input, "input");
  return {
    title: film.title,
    year: film.year ?? null,
    runtimeMinutes: film.runtimeMinutes ?? null,
    directors: film.directors ?? [],
    writers: film.writers ?? [],
    cast: film.cast ?? [],
    imdbId: film.imdbId ?? null,
    wikidataId: film.wikidataId ?? null,
    people: (film.people ?? []).map((p) => ({ name: p.name, imdbId: p.imdbId ?? null, wikidataId: p.wikidataId ?? null })),
  };
}
