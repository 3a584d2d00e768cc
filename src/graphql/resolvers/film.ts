import neo4j from "neo4j-driver";
import type { FilmResolvers, QueryResolvers } from "../../generated/graphql";
import { temporalText } from "../../graph/dates";
import { slug, toGlobalId } from "../../graph/ids";
import { consensusOf, consensusQuotesAsked } from "../consensus";
import { badUserInput } from "../errors";
import { filmFilterParams, outsideIdParams } from "../filters";
import type { FilmModel } from "../models";
import { filmStatementPlan } from "../film-include";
import { encodeSortedCursor, pageSize, toConnection } from "../pagination";
import { primeFilmNeighbours, primeReviews } from "../prime";
import { FILM_REVIEWS_SORT, reviewLinksAsked, reviewPagePosition } from "../review-page";
import { countOf, sortedPage } from "../sorted-list";
import { allFilmsPageStatements, filmPageStatements } from "../film-page-statements";
import { FILM_FIELDS } from "../whole-links";

export const filmQueries: Pick<QueryResolvers, "film" | "films"> = {
  async film(_root, { title, year, imdbId, wikidataId }, { db, loaders }, info) {
    const outside = outsideIdParams({ imdbId, wikidataId });
    if (outside) {
      const [row] = await db.read("filmByOutsideId", outside);
      return (row?.node as FilmModel | undefined) ?? null;
    }
    if (title == null) throw badUserInput("film needs a title, an imdbId or a wikidataId");
    if (!title.trim()) return null;
    // What the query asks for below the film comes in the film's own statement (one round trip).
    const plan = filmStatementPlan(info);
    const [row] = await db.read("filmByTitle", { titleKey: slug(title), year: year == null ? null : neo4j.int(year), ...plan.params });
    const film = (row?.node as FilmModel | undefined) ?? null;
    if (film && row) primeFilmNeighbours(loaders, film, row, plan);
    return film;
  },

  async films(_root, { first, after, filter, sort }, { db, loaders }) {
    const params = filmFilterParams(filter);
    const field = sort?.field ?? "TITLE";
    const page = await sortedPage<FilmModel>(db, {
      required: FILM_FIELDS,
      // Without a condition, the statement without filter predicates (a plan a fraction the size).
      list: "films",
      statement: (Object.values(params).every((v) => v === null) ? allFilmsPageStatements : filmPageStatements)[field],
      filter: params,
      field,
      direction: sort?.direction ?? "ASC",
      first,
      after,
      defaultSize: 20,
      count: countOf(params, "filmCount", "filmsCount"),
    });
    for (const { node } of page.edges) loaders.film.prime(node.id, node);
    return page;
  },
};

export const Film: FilmResolvers = {
  id: (film) => toGlobalId("Film", film.id),
  imdbId: async (film, _args, { loaders }) =>
    film.imdbId !== undefined ? film.imdbId : ((await loaders.film.load(film.id))?.imdbId ?? null),
  wikidataId: async (film, _args, { loaders }) =>
    film.wikidataId !== undefined ? film.wikidataId : ((await loaders.film.load(film.id))?.wikidataId ?? null),
  directors: (film, _args, { loaders }) => loaders.directorsByFilm.load(film.id),
  writers: (film, _args, { loaders }) => loaders.writersByFilm.load(film.id),
  cast: (film, _args, { loaders }) => loaders.castByFilm.load(film.id),
  themes: (film, _args, { loaders }) => loaders.themesByFilm.load(film.id),
  genres: (film, _args, { loaders }) => loaders.genresByFilm.load(film.id),
  releaseDate: (film) => temporalText(film.releaseDate),
  async reviews(film, { first, after }, { loaders }, info) {
    const position = reviewPagePosition(first, after);
    // The links the query asks for come in the page's own statement (one round trip); a page the
    // film's statement fetched (film(title)) is read from the loader's cache.
    const include = reviewLinksAsked(info, ["edges", "node"]);
    const page = await loaders.reviewsByFilm.load({ filmId: film.id, ...position, include });
    const reviews = primeReviews(loaders, page.nodes);
    return toConnection(reviews, position.limit, page.totalCount, after != null, (r) =>
      encodeSortedCursor(FILM_REVIEWS_SORT, { key: temporalText(r.createdAt) ?? "", id: r.id }),
    );
  },
  // The judgements' evidence only when a quote is asked (the cache key says which was fetched).
  consensus: async (film, _args, { loaders }, info) =>
    consensusOf(await loaders.consensusByFilm.load({ id: film.id, quotes: consensusQuotesAsked(info, []) })),
  similarFilms: (film, { first }, { loaders }) => loaders.similarFilms.load({ id: film.id, limit: pageSize(first, 5) }),
};
