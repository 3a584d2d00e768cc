import neo4j from "neo4j-driver";
import type { QueryResolvers, ThemeResolvers } from "../../generated/graphql";
import { themeId, toGlobalId } from "../../graph/ids";
import { themeFilterParams } from "../filters";
import type { FilmModel, ThemeModel } from "../models";
import { pageSize } from "../pagination";
import { primeThemeFilms } from "../prime";
import { fieldArguments, selectedFields } from "../selection";
import { countOf, sortedPage } from "../sorted-list";
import { THEME_FIELDS } from "../whole-links";

/** How many films Theme.films answers when `first` is not given (schema/theme.graphql). */
export const THEME_FILMS_PAGE = 20;

/** The page size of the first `films` field the query asks for below the theme, or null (not asked, or an invalid `first`). */
function themeFilmsLimit(info: Parameters<typeof selectedFields>[0] & Parameters<typeof fieldArguments>[0]): number | null {
  const [field] = selectedFields(info, ["films"]);
  const args = field ? fieldArguments(info, "Theme", field) : undefined;
  if (!args) return null;
  try {
    return pageSize(args.first as number | null | undefined, THEME_FILMS_PAGE);
  } catch {
    return null;
  }
}

export const themeQueries: Pick<QueryResolvers, "theme" | "themes"> = {
  async theme(_root, { name }, { db, loaders }, info) {
    if (!name.trim()) return null;
    // The films, when asked, come in the theme's own statement (one round trip), for the arguments
    // of the first `films` field (other aliases load their own; bad arguments are its resolver's to report).
    const filmLimit = themeFilmsLimit(info);
    const [row] = await db.read("themeByName", {
      id: themeId(name),
      name: name.trim().toLowerCase(),
      include: { films: filmLimit !== null },
      filmLimit: neo4j.int(filmLimit ?? 0),
    });
    const theme = (row?.node as ThemeModel | undefined) ?? null;
    if (theme && row?.films && filmLimit !== null) primeThemeFilms(loaders, theme.id, filmLimit, row.films as FilmModel[]);
    return theme;
  },

  themes(_root, { first, after, filter, sort }, { db }) {
    const params = themeFilterParams(filter);
    const field = sort?.field ?? "NAME";
    // By name: an ordered scan of the id index (the name key) with the count only when asked;
    // the other sorts compute their key for every row (themes-list.cypher).
    const byName = field === "NAME";
    return sortedPage<ThemeModel>(db, {
      required: THEME_FIELDS,
      statement: byName ? "themesByName" : "themesList",
      filter: params,
      field,
      direction: sort?.direction ?? "ASC",
      first,
      after,
      defaultSize: 20,
      ...(byName ? { count: countOf(params, "themeCount", "themesCount") } : {}),
    });
  },
};

export const Theme: ThemeResolvers = {
  id: (theme) => toGlobalId("Theme", theme.id),
  synonyms: (theme) => theme.synonyms ?? [],
  broader: (theme, _args, { loaders }) => loaders.broaderThemes.load(theme.id),
  narrower: (theme, _args, { loaders }) => loaders.narrowerThemes.load(theme.id),
  films: (theme, { first }, { loaders }) => loaders.filmsByTheme.load({ id: theme.id, limit: pageSize(first, THEME_FILMS_PAGE) }),
  filmRanking: (theme, { first }, { loaders }) => loaders.themeFilmRanking.load({ id: theme.id, limit: pageSize(first, 10) }),
  related: (theme, { first }, { loaders }) => loaders.relatedThemes.load({ id: theme.id, limit: pageSize(first, 10) }),
};
