import type { CastInput, PersonInput } from "../../generated/graphql";

// The plain-text spellings of FilmInput's structured lists, shared by `film add` flags and CSV cells
// (docs/command-line.md, "Adding films").

/** An entry that does not follow its syntax: the message says what was given and how to write it. */
export class TextEntryError extends Error {
  override readonly name = "TextEntryError";
}

const CAST_SEPARATOR = " as ";

/**
 * `"NAME as CHARACTER"` -> `{person, character}`. The first " as " (spaces around it, any case)
 * separates them, so a character may contain "as" ("Man Dressed as Santa"); a name cannot.
 */
export function parseCastEntry(text: string): CastInput {
  const at = text.toLowerCase().indexOf(CAST_SEPARATOR);
  if (at < 0) throw new TextEntryError(`"${text}" is not a cast credit: write it as "NAME as CHARACTER"`);
  return { person: text.slice(0, at).trim(), character: text.slice(at + CAST_SEPARATOR.length).trim() };
}

/**
 * `"NAME=ID"` entries -> FilmInput.people, one per name in first-seen order. The id's shape says
 * which catalog it belongs to: `nm…` an IMDb name id, `Q…` a Wikidata item; a name may have one
 * of each (two entries). Names are grouped as typed; upsertFilm matches them like every name.
 */
export function parsePersonIds(entries: string[]): PersonInput[] {
  const people = new Map<string, PersonInput>();
  for (const entry of entries) {
    const at = entry.lastIndexOf("=");
    const name = entry.slice(0, at).trim();
    const id = entry.slice(at + 1).trim();
    if (at < 0 || !name || !id) throw new TextEntryError(`"${entry}" is not a person's id: write it as "NAME=ID" with an IMDb name id (nm…) or a Wikidata item (Q…)`);
    const kind = /^nm/i.test(id) ? "imdbId" : /^Q/i.test(id) ? "wikidataId" : null;
    if (!kind) throw new TextEntryError(`"${entry}": the id must be an IMDb name id (nm…) or a Wikidata item (Q…)`);
    const person = people.get(name) ?? { name };
    if (person[kind] != null && person[kind] !== id) throw new TextEntryError(`"${name}" is given two different ${kind === "imdbId" ? "IMDb ids" : "Wikidata items"}`);
    people.set(name, { ...person, [kind]: id });
  }
  return [...people.values()];
}

/** A whole number written as text, or null when it is not one (so the caller can say which field). */
export function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : null;
}
