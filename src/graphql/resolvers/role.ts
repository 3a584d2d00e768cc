import type { RoleResolvers } from "../../generated/graphql";
import { toGlobalId } from "../../graph/ids";
import type { GraphQLContext } from "../context";
import type { FilmModel, RoleModel } from "../models";

/** The role's filmId or personId: as given, or loaded by id when its statement left it out. */
async function linkOf(role: RoleModel, link: "filmId" | "personId", { loaders }: GraphQLContext): Promise<RoleModel[typeof link]> {
  if (role[link] !== undefined) return role[link];
  return (await loaders.role.load(role.id))?.[link];
}

export const Role: RoleResolvers = {
  id: (role) => toGlobalId("Role", role.id),
  async person(role, _args, context) {
    const personId = await linkOf(role, "personId", context);
    return personId ? context.loaders.person.load(personId) : null;
  },
  // A person's roles come with their films, as the operation asks for them: returned as they are,
  // not through a promise (graphql-js completes a list of plain values without awaiting each).
  film: (role, _args, context) => role.film ?? loadedFilm(role, context),
};

async function loadedFilm(role: RoleModel, context: GraphQLContext): Promise<FilmModel> {
  const filmId = await linkOf(role, "filmId", context);
  const film = filmId === undefined || filmId === null ? null : await context.loaders.film.load(filmId);
  if (!film) throw new Error(`Role ${role.id} has no film ${filmId}`);
  return film;
}
