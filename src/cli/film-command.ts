import { type Command, InvalidArgumentError } from "commander";
import type { FilmInput } from "../generated/graphql";
import { toGlobalId } from "../graph/ids";
import { validateFilm } from "../ingest/film-input";
import { InvalidInputError } from "../ingest/input-errors";
import { type FilmWriteOutcome, writeFilmWithOutcome } from "../ingest/write-film";
import { UsageError, withDatabase } from "./command-database";
import { TextEntryError, parseCastEntry, parsePersonIds, wholeNumber } from "../importers/film-file/film-text-entries";
import { oneLineUsageErrors } from "./one-line-usage-errors";

interface FilmAddFlags {
  title: string;
  year?: number;
  runtime?: number;
  director: string[];
  writer: string[];
  cast: string[];
  imdbId?: string;
  wikidataId?: string;
  personId: string[];
}

const repeat = (value: string, previous: string[]) => [...previous, value];
const whole = (value: string) => {
  const n = wholeNumber(value);
  if (n === null) throw new InvalidArgumentError("It must be a whole number.");
  return n;
};

/** The flags as FilmInput (the GraphQL input upsertFilm takes); a malformed entry is a UsageError. */
export function filmInputOfFlags(flags: FilmAddFlags): FilmInput {
  try {
    return {
      title: flags.title,
      year: flags.year,
      runtimeMinutes: flags.runtime,
      directors: flags.director,
      writers: flags.writer,
      cast: flags.cast.map(parseCastEntry),
      imdbId: flags.imdbId,
      wikidataId: flags.wikidataId,
      people: parsePersonIds(flags.personId),
    };
  } catch (error) {
    if (error instanceof TextEntryError) throw new UsageError(error.message);
    throw error;
  }
}

const FLAG_OF_FIELD: Record<string, string> = {
  title: "--title",
  year: "--year",
  runtimeMinutes: "--runtime",
  directors: "--director",
  writers: "--writer",
  cast: "--cast",
  imdbId: "--imdb-id",
  wikidataId: "--wikidata-id",
  people: "--person-id",
};

const PART_NAMES: Record<string, string> = { person: "the name", name: "the name", character: "the character", imdbId: "the IMDb id", wikidataId: "the Wikidata item" };

/**
 * upsertFilm's validation message (`input.cast.1.person: …; input.year: …`) in the flags' terms
 * (`--cast #2 (the name): …; --year: …`).
 */
export function inFlagTerms(message: string): string {
  return message.replace(/(^|; )input\.(\w+)(?:\.(\d+))?(?:\.(\w+))?: /g, (_all, lead: string, field: string, index?: string, part?: string) => {
    const flag = FLAG_OF_FIELD[field] ?? field;
    const which = index === undefined ? "" : ` #${Number(index) + 1}`;
    const detail = part ? ` (${PART_NAMES[part] ?? part})` : "";
    return `${lead}${flag}${which}${detail}: `;
  });
}

/** Runs `work`; upsertFilm's refusal (InvalidInputError) becomes a UsageError in the flags' terms. */
async function inFlagTermsOnError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InvalidInputError) throw new UsageError(inFlagTerms(error.message));
    throw error;
  }
}

const SAID: Record<FilmWriteOutcome, string> = {
  created: "Created",
  updated: "Updated",
  unchanged: "Unchanged (the graph already had everything given):",
};

export function registerFilmCommand(program: Command): void {
  const film = program.command("film").description("the film catalog");
  const add = film
    .command("add")
    .description("add a film with its crew and cast, or add to one (the GraphQL mutation upsertFilm, from flags)")
    .requiredOption("--title <title>", "the title; with --year, the film's key")
    .option("--year <year>", "the release year (1870-2100)", whole)
    .option("--runtime <minutes>", "running time in minutes", whole)
    .option("--director <name>", "a director (repeat the flag for each)", repeat, [])
    .option("--writer <name>", "a writer (repeat the flag for each)", repeat, [])
    .option("--cast <credit>", 'a cast credit, "NAME as CHARACTER" (repeat the flag for each, in billing order)', repeat, [])
    .option("--imdb-id <id>", "the film's IMDb title id (tt0000001)")
    .option("--wikidata-id <id>", "the film's Wikidata item (Q42)")
    .option("--person-id <entry>", 'an outside id of a person of the film, "NAME=ID" with an IMDb name id (nm…) or a Wikidata item (Q…); repeatable', repeat, [])
    .addHelpText(
      "after",
      "\nIdempotent on title and year: credits are added, never removed; running it again changes nothing and says so.\n" +
        "Exit status: 0 when the film was created, updated or already as given; 1 on bad flags or input (nothing written).",
    )
    .action(async (flags: FilmAddFlags) => {
      const input = filmInputOfFlags(flags);
      const written = await inFlagTermsOnError(async () => {
        validateFilm(input); // before the database is opened: bad input costs no Neo4j start
        // An outside id another film or person holds is found inside the write: refused the same way.
        return withDatabase((db) => inFlagTermsOnError(() => writeFilmWithOutcome(db, input)));
      });
      process.stdout.write(`${SAID[written.outcome]} ${toGlobalId("Film", written.filmId)}\n`);
    });
  oneLineUsageErrors(add);
}
