import type { QueryResolvers, ThemeResolvers } from "../../generated/graphql";
import { themeId, toGlobalId } from "../../graph/ids";
import { themeFilterParams } from "../filters";
import type { FilmModel, ThemeModel } from "../models";
import { pageSize } from "../pagination";
import { primeThemeFilms } from "../prime";
import { selects } from "../selection";
import { countOf, sortedPage } from "../sorted-list";

export const themeQueries: Pick<QueryResolvers, "theme" | "themes"> = {
  async theme(_root, { name }, { db, loaders }, info) {
    if (!name.trim()) return null;
    // The films, when asked, come in the theme's own statement (one round trip).
    const [row] = await db.read("themeByName", { id: themeId(name), name: name.trim().toLowerCase(), include: { films: selects(info, ["films"]) } });
    const theme = (row?.node as ThemeModel | undefined) ?? null;
    if (theme && row?.films) primeThemeFilms(loaders, theme.id, row.films as FilmModel[]);
    return theme;
  },

  themes(_root, { first, after, filter, sort }, { db }) {
    const params = themeFilterParams(filter);
    const field = sort?.field ?? "NAME";
    // By name: an ordered scan of the id index (the name key) with the count only when asked;
    // the other sorts compute their key for every row (themes-list.cypher).
    const byName = field === "NAME";
    return sortedPage<ThemeModel>(db, {
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
  films: (theme, _args, { loaders }) => loaders.filmsByTheme.load(theme.id),
  filmRanking: (theme, { first }, { loaders }) => loaders.themeFilmRanking.load({ id: theme.id, limit: pageSize(first, 10) }),
  related: (theme, { first }, { loaders }) => loaders.relatedThemes.load({ id: theme.id, limit: pageSize(first, 10) }),
};
