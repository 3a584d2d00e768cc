import type { QueryResolvers, ThemeResolvers } from "../../generated/graphql";
import { themeId, toGlobalId } from "../../graph/ids";
import type { ThemeModel } from "../models";

export const themeQueries: Pick<QueryResolvers, "theme"> = {
  async theme(_root, { name }, { db }) {
    if (!name.trim()) return null;
    const [row] = await db.read("themeByName", { id: themeId(name), name: name.trim().toLowerCase() });
    return (row?.node as ThemeModel | undefined) ?? null;
  },
};

export const Theme: ThemeResolvers = {
  id: (theme) => toGlobalId("Theme", theme.id),
  synonyms: (theme) => theme.synonyms ?? [],
  broader: (theme, _args, { loaders }) => loaders.broaderThemes.load(theme.id),
  narrower: (theme, _args, { loaders }) => loaders.narrowerThemes.load(theme.id),
  films: (theme, _args, { loaders }) => loaders.filmsByTheme.load(theme.id),
};
