import { z } from "zod";
import type { FilmFacts } from "../graph/catalog-writes";
import { parseInput } from "./input-errors";
import { MAX_CAST, MAX_CREW, MAX_NAME_CHARS, MAX_TITLE_CHARS, MAX_YEAR, MIN_YEAR } from "./limits";

const name = (what: string, max = MAX_NAME_CHARS) =>
  z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v !== "", { message: `${what} must not be empty or only whitespace` })
    .refine((v) => v.length <= max, { message: `${what} must be at most ${max} characters` });

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
  };
}
