import type { CastInput, FilmInput, PersonInput } from "../../generated/graphql";

// The fields of the GraphQL inputs a film file's objects and columns may use, checked against the
// generated types: a field added to or removed from the SDL fails the type check here.
export const FILM_INPUT_FIELDS = Object.keys({
  title: true,
  year: true,
  runtimeMinutes: true,
  directors: true,
  writers: true,
  cast: true,
  imdbId: true,
  wikidataId: true,
  people: true,
} satisfies Record<keyof FilmInput, true>) as (keyof FilmInput)[];

const CAST_INPUT_FIELDS = Object.keys({ person: true, character: true } satisfies Record<keyof CastInput, true>);
const PERSON_INPUT_FIELDS = Object.keys({ name: true, imdbId: true, wikidataId: true } satisfies Record<keyof PersonInput, true>);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function unknownField(value: Record<string, unknown>, known: string[], where: string, type: string): string | null {
  const field = Object.keys(value).find((key) => !known.includes(key));
  return field === undefined ? null : `${where}unknown field "${field}" (${type} has ${known.join(", ")})`;
}

/**
 * Why a parsed JSON value is not a FilmInput by its shape, or null: not an object, or a field
 * FilmInput (or CastInput, PersonInput inside it) does not have, as GraphQL would refuse it. A
 * misspelt field ("director") is refused rather than silently dropped. Values are checked later,
 * by upsertFilm's own validation.
 */
export function filmInputShapeProblem(value: unknown): string | null {
  if (!isObject(value)) return 'not an object: each film is a FilmInput such as {"title": "Sound of Metal", "year": 2019}';
  const top = unknownField(value, FILM_INPUT_FIELDS, "", "FilmInput");
  if (top) return top;
  for (const [list, known, type] of [
    ["cast", CAST_INPUT_FIELDS, "CastInput"],
    ["people", PERSON_INPUT_FIELDS, "PersonInput"],
  ] as const) {
    const items = value[list];
    if (!Array.isArray(items)) continue;
    for (const [i, item] of items.entries()) {
      const problem = isObject(item) ? unknownField(item, known, `${list}.${i}: `, type) : null;
      if (problem) return problem;
    }
  }
  return null;
}
