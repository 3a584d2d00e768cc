import type { GraphQLResolveInfo } from "graphql";
import neo4j, { type Integer } from "neo4j-driver";
import { consensusQuotesAsked } from "./consensus";
import { pageSize } from "./pagination";
import { type ReviewLinksAsked, type ReviewPagePosition, reviewLinksAsked, reviewPagePosition } from "./review-page";
import { roleFilmDetails } from "./role-film-fields";
import { fieldArguments, selectedFields, selects } from "./selection";
import { similarFilmParams } from "./similar-films";
import { themeSynonymsAsked } from "./theme-synonyms";

/** What film-by-title.cypher fetches with the film (see the header of the file). */
export interface FilmInclude {
  directors: boolean;
  writers: boolean;
  cast: boolean;
  castRoles: boolean;
  /** With castRoles: whether each role's film is read with every property (roleFilmDetails). */
  roleFilmDetails: boolean;
  themes: boolean;
  genres: boolean;
  consensus: boolean;
  similar: boolean;
  reviews: (Omit<ReviewPagePosition, "limit"> & ReviewLinksAsked) | null;
}

/** The parameters of film-by-title.cypher for a query, and the fetched lists' keys for priming. */
export interface FilmStatementPlan {
  params: {
    include: FilmInclude;
    reviewLimit: Integer;
    similarLimit: Integer;
    consensusQuotes: boolean;
    /** Whether the themes fetched (the film's, each review's, shared with similar films) carry their synonyms (themeSynonymsAsked). */
    themeSynonyms: boolean;
  } & ReturnType<typeof similarFilmParams>;
  /** The page of reviews fetched with the film (as Film.reviews will ask for it), or null. */
  reviewPage: ReviewPagePosition | null;
  /** How many similar films were fetched with the film (as Film.similarFilms will ask), or null. */
  similarLimit: number | null;
  /** Whether the consensus was fetched with the judgements' evidence (praise or criticism asked). */
  consensusQuotes: boolean;
}

type Info = Pick<GraphQLResolveInfo, "fieldNodes" | "fragments" | "schema" | "variableValues" | "operation">;

/** The arguments of the first `name` field the query asks for below the film, or undefined. */
function argumentsOf(info: Info, name: string): Record<string, unknown> | undefined {
  const [field] = selectedFields(info, [name]);
  return field ? fieldArguments(info, "Film", field) : undefined;
}

/** Runs `f`, or gives null when it throws (a bad argument is the field resolver's to report). */
function orNull<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/**
 * What the query asks for below `film(...)`, read from its selection set, as the parameters of
 * film-by-title.cypher: the film's own statement then fetches it all (one round trip), and the
 * field resolvers below read it from the primed loaders. Reviews and similar films are fetched
 * for the arguments of the first such field (other aliases load their own); a field whose
 * arguments are invalid is not fetched, so that its resolver reports the error.
 */
export function filmStatementPlan(info: Info): FilmStatementPlan {
  const reviewArgs = argumentsOf(info, "reviews");
  const reviewPage = reviewArgs ? orNull(() => reviewPagePosition(reviewArgs.first as number | null, reviewArgs.after as string | null)) : null;
  const similarArgs = argumentsOf(info, "similarFilms");
  const similarLimit = similarArgs ? orNull(() => pageSize(similarArgs.first as number | null, 5)) : null;
  const consensusQuotes = consensusQuotesAsked(info, ["consensus"]);
  const castRoles = selects(info, ["cast", "person", "roles"]);
  const include: FilmInclude = {
    directors: selects(info, ["directors"]),
    writers: selects(info, ["writers"]),
    cast: selects(info, ["cast"]),
    castRoles,
    roleFilmDetails: castRoles && roleFilmDetails(info),
    themes: selects(info, ["themes"]),
    genres: selects(info, ["genres"]),
    consensus: selects(info, ["consensus"]),
    similar: similarLimit !== null,
    reviews: reviewPage
      ? { afterCreatedAt: reviewPage.afterCreatedAt, afterId: reviewPage.afterId, ...reviewLinksAsked(info, ["reviews", "edges", "node"]) }
      : null,
  };
  return {
    params: {
      include,
      // JavaScript numbers travel as floats; a LIMIT needs an integer (the page size + 1 says whether there is a next page).
      reviewLimit: neo4j.int((reviewPage?.limit ?? 0) + 1),
      similarLimit: neo4j.int(similarLimit ?? 0),
      ...similarFilmParams(),
      consensusQuotes,
      themeSynonyms: themeSynonymsAsked(info),
    },
    reviewPage,
    similarLimit,
    consensusQuotes,
  };
}
